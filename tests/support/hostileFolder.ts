import fs from 'node:fs';
import path from 'node:path';
import { JP2K_DIR } from './paths';

/**
 * A folder as it arrives from the field: good JPEG-2000 slices, one truncated slice, one slice whose compressed
 * pixel data is garbage (header intact), a text file, an empty file. Returns the names of the bad files.
 */
export function makeHostileFolder(dir: string): { good: number; truncated: string; corrupt: string; text: string; empty: string } {
  const files = fs.readdirSync(JP2K_DIR).sort();
  const nested = path.join(dir, 'nested', 'deeper');
  fs.mkdirSync(nested, { recursive: true });
  // half the slices one level deeper: import is recursive
  files.slice(0, 16).forEach((f, n) => fs.copyFileSync(path.join(JP2K_DIR, f), path.join(n % 2 ? nested : dir, f)));
  const truncated = path.join(dir, 'truncated.dcm');
  const whole = fs.readFileSync(path.join(JP2K_DIR, files[16]));
  fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
  const corrupt = path.join(dir, 'corrupt-pixels.dcm');
  const bad = Buffer.from(fs.readFileSync(path.join(JP2K_DIR, files[17])));
  // overwrite the JPEG-2000 codestream (the file's tail) with noise, keeping every length field intact
  for (let n = bad.length - 8 - Math.floor(bad.length / 3); n < bad.length - 8; n++) bad[n] = (n * 7919) & 0xff;
  fs.writeFileSync(corrupt, bad);
  const text = path.join(dir, 'README.txt');
  fs.writeFileSync(text, 'scanned at site A, do not distribute\n');
  const empty = path.join(dir, 'empty.dcm');
  fs.writeFileSync(empty, '');
  return { good: 16, truncated, corrupt, text, empty };
}
