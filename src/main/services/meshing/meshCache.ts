import type { StructureMesh } from './meshStructures';

/**
 * Least-recently-used cache of structure meshes, bounded by bytes (meshes range from kB to tens of MB).
 * `null` records "this structure has no voxels", so absent structures are not re-scanned either.
 */
export class MeshCache {
  private readonly entries = new Map<string, { mesh: StructureMesh | null; bytes: number }>();
  private bytes = 0;

  /** @param maxBytes total typed-array bytes kept (default 256 MiB) */
  constructor(private readonly maxBytes = 256 * 1024 * 1024) {}

  static key(cacheKey: string, structureId: string, label: number, smoothingIterations: number): string {
    return JSON.stringify([cacheKey, structureId, label, smoothingIterations]);
  }

  get(key: string): StructureMesh | null | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // re-insert to mark as most recently used (Map keeps insertion order)
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.mesh;
  }

  set(key: string, mesh: StructureMesh | null): void {
    const bytes = mesh ? mesh.pointsLps.byteLength + mesh.triangles.byteLength + (mesh.normals?.byteLength ?? 0) : 0;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.entries.delete(key);
    }
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { mesh, bytes });
    this.bytes += bytes;
    for (const [k, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= entry.bytes;
    }
  }

  /** Drop every entry of one label map (after it is edited or deleted). */
  invalidate(cacheKey: string): void {
    for (const [k, entry] of this.entries) {
      if ((JSON.parse(k) as unknown[])[0] === cacheKey) {
        this.entries.delete(k);
        this.bytes -= entry.bytes;
      }
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }
}
