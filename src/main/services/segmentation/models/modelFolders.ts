import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The application's own `models/` folder: found by walking up from this module (sources:
 * src/main/services/segmentation/models; build: out/main) to the folder holding package.json and models/.
 * Returns undefined when no such folder exists (e.g. a packaged app without models).
 */
export function appModelsFolder(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 8; up++) {
    const candidate = path.join(dir, 'models');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** Folders searched for packages, app folder first, then the user's (if given). */
export function modelSearchFolders(userModelsDir?: string): string[] {
  return [appModelsFolder(), userModelsDir].filter((f): f is string => typeof f === 'string' && f.length > 0);
}
