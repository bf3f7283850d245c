#!/usr/bin/env node
// `npm run bench -- <area>`: benchmarks print numbers and ratios against a peer run side by side.
// Areas: import, viewer, segment, assistant (or `all`). Each bench file exports run().
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const AREAS = {
  import: ['bench/import.ts'],
  viewer: ['bench/viewer-meshing.ts', 'bench/viewer-render.ts'],
  segment: ['bench/segment-engine.ts', 'bench/segment-builtin.ts'],
  assistant: ['bench/assistant-interpreter.ts', 'bench/assistant-llm.ts'],
};
const requested = process.argv.slice(2);
const areas = requested.length === 0 || requested.includes('all') ? Object.keys(AREAS) : requested;
const unknown = areas.filter((a) => !(a in AREAS));
if (unknown.length > 0) {
  console.error(`unknown bench area(s): ${unknown.join(', ')}; known: ${Object.keys(AREAS).join(', ')}, all`);
  process.exit(1);
}
let failed = false;
for (const area of areas) {
  for (const file of AREAS[area]) {
    console.log(`\n### ${area}: ${file}`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, file)], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) failed = true;
  }
}
process.exit(failed ? 1 : 0);
