import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Lists `*.gguf` files (not recursive) in the given folders: the app's bundled `models/` folder and the user's
 * model folder. Missing folders are skipped (a fresh install has no user folder). Sorted, de-duplicated paths.
 * Split GGUF parts other than the first (`-00002-of-00003.gguf`) are skipped: llama.cpp loads them via part 1.
 */
export async function discoverGgufFiles(folders: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const folder of folders) {
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.toLowerCase().endsWith('.gguf')) continue;
      const part = /-(\d{5})-of-\d{5}\.gguf$/i.exec(entry.name);
      if (part && part[1] !== '00001') continue;
      found.add(path.resolve(folder, entry.name));
    }
  }
  return [...found].sort();
}
