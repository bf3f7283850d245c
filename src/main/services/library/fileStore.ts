import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';

/**
 * Content-addressed file storage inside the library folder (files/ab/cdef…). Writes go to a temp file then
 * rename, so a crash never leaves a partial file under its final name; identical content is stored once.
 */
export class FileStore {
  constructor(readonly root: string) {
    fs.mkdirSync(path.join(root, 'files'), { recursive: true });
    fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
  }

  relPathFor(sha256: string): string {
    return path.join('files', sha256.slice(0, 2), sha256.slice(2));
  }

  absPath(relPath: string): string {
    return path.join(this.root, relPath);
  }

  /** Store bytes; returns sha256, relative path and size. */
  putBytes(bytes: Uint8Array): { sha256: string; relPath: string; bytes: number } {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const relPath = this.relPathFor(sha256);
    const target = this.absPath(relPath);
    if (!fs.existsSync(target)) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const tmp = path.join(this.root, 'tmp', randomUUID());
      fs.writeFileSync(tmp, bytes);
      fs.renameSync(tmp, target);
    }
    return { sha256, relPath, bytes: bytes.byteLength };
  }

  readBytes(relPath: string): Buffer {
    return fs.readFileSync(this.absPath(relPath));
  }

  remove(relPath: string): void {
    fs.rmSync(this.absPath(relPath), { force: true });
  }

  /** Delete leftovers of interrupted writes. */
  clearTemp(): void {
    const dir = path.join(this.root, 'tmp');
    for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f), { force: true });
  }
}
