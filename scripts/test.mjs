#!/usr/bin/env node
// `npm test`: the whole suite, as CI runs it — build (the e2e and CLI tests use the built app), type-check,
// lint, then every test (unit, integration on ../shared/data, CLI, Chromium e2e). Ends with one summary line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const extra = process.argv.slice(2);

function step(title, cmd, args) {
  const started = Date.now();
  process.stdout.write(`\n== ${title}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    process.stdout.write(`== ${title}: FAILED after ${seconds}s\n`);
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`== ${title}: ok (${seconds}s)\n`);
}

if (!fs.existsSync(path.resolve(root, '../shared/data'))) {
  process.stdout.write('note: ../shared/data is absent; real-data tests will be skipped (each says so)\n');
}
step('build (electron-vite)', bin('electron-vite'), ['build']);
step('type-check (main, preload, shared, tests)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']);
step('type-check (renderer)', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']);
step('lint (eslint, boundary rules)', bin('eslint'), ['.']);
const report = path.join(os.tmpdir(), `ostendo-vitest-${process.pid}.json`);
const r = spawnSync(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
let summary = '';
try {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  summary = `${json.numPassedTests} passed, ${json.numFailedTests} failed, ${json.numPendingTests + json.numTodoTests} skipped`;
  fs.rmSync(report, { force: true });
} catch {
  summary = r.status === 0 ? '' : '0 passed, 1 failed';
}
if (summary) process.stdout.write(`\n${summary}\n`);
process.exit(r.status ?? 1);
