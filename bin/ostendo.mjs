#!/usr/bin/env node
// The `ostendo` command: runs the built CLI (electron-vite build → out/main/cli.js), the same services the app uses.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write(`error [INTERNAL]: Ostendo is not built (missing ${cli}); run \`npm run build\` in ${root}\n`);
  process.exit(1);
}
await import(pathToFileURL(cli).href);
