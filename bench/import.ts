/**
 * `npm run bench -- import`: Ostendo's DICOM import (header scan, JPEG-2000 decode by itk-wasm, content-addressed
 * copy, SQLite commit) of the shared JPEG-2000 CT, beside Debian's dcm2niix converting the same folder to NIfTI,
 * in one run, with their ratio. Each side: median of 5 runs into a fresh output.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { StudyLibrary } from '../src/main/services/library/studyLibrary';
import { importPaths } from '../src/main/services/library/importPaths';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.resolve(repoRoot, '../shared/data/ct-dicom-jp2k');
const RUNS = 5;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function ostendoImportMs(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-bench-import-'));
  const library = StudyLibrary.open(path.join(dir, 'library'));
  const started = performance.now();
  const result = await importPaths(library, [folder]);
  const ms = performance.now() - started;
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
  if (result.imported.length !== 1 || result.skipped.length !== 0) throw new Error('benchmark import did not import the series cleanly');
  return ms;
}

function dcm2niixMs(): number {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-bench-dcm2niix-'));
  const started = performance.now();
  execFileSync('dcm2niix', ['-z', 'n', '-b', 'n', '-o', out, folder], { stdio: 'ignore' });
  const ms = performance.now() - started;
  fs.rmSync(out, { recursive: true, force: true });
  return ms;
}

export async function run(): Promise<void> {
  if (!fs.existsSync(folder)) {
    console.log(`import bench skipped: ${folder} is absent`);
    return;
  }
  const files = fs.readdirSync(folder).length;
  await ostendoImportMs(); // warm-up: loads the itk-wasm JPEG-2000 pipeline once, as the app does at first import
  const ours: number[] = [];
  const peer: number[] = [];
  for (let n = 0; n < RUNS; n++) {
    ours.push(await ostendoImportMs());
    peer.push(dcm2niixMs());
  }
  const o = median(ours);
  const p = median(peer);
  console.log(`import: ${files} JPEG-2000 CT slices (512x512), median of ${RUNS}`);
  console.log(`  ostendo import (scan + decode + store + commit)  ${o.toFixed(0).padStart(6)} ms  (${((files / o) * 1000).toFixed(1)} slices/s)`);
  console.log(`  dcm2niix (decode + write NIfTI)                  ${p.toFixed(0).padStart(6)} ms  (${((files / p) * 1000).toFixed(1)} slices/s)`);
  console.log(`  ratio ostendo / dcm2niix                         ${(o / p).toFixed(2)}x`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
