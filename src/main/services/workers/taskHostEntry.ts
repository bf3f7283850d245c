import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OstendoError } from '../../../shared/errors';

/** Where the task host lives: the TypeScript source (tests, tsx) or the bundled `taskWorker.js` (build). */
export function taskHostEntry(): { file: string; fromSource: boolean } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return { file: path.join(path.dirname(here), 'taskWorker.ts'), fromSource: true };
  let dir = path.dirname(here);
  for (let up = 0; up < 3; up++) {
    const candidate = path.join(dir, 'taskWorker.js');
    if (fs.existsSync(candidate)) return { file: candidate, fromSource: false };
    dir = path.dirname(dir);
  }
  throw new OstendoError('INTERNAL', `taskWorker.js not found near ${here}`);
}
