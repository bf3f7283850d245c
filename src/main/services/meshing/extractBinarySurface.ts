import { CASE_TRIANGLES, CASE_TRIANGLE_COUNT, CORNER_OFFSETS, CUBE_EDGES, MAX_TRIANGLES_PER_CASE } from './cubeCaseTable';

/** A triangle surface in voxel INDEX space (IJK of the grid the mask was cut from). */
export interface IndexSpaceSurface {
  /** xyz triplets, continuous voxel indices. */
  pointsIjk: Float64Array;
  /** vertex index triplets; normals point from inside to outside in index space (right-handed). */
  triangles: Uint32Array;
  /** For each vertex, the mask offset of the inside voxel on its edge (which solid piece it bounds). */
  insideVoxel: Uint32Array;
}

/** Growable typed buffer: avoids JS number arrays for meshes with millions of entries. */
class Grow<T extends Float64Array | Uint32Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  trimmed(): T {
    return this.data.slice(0, this.length) as T;
  }
}

/**
 * Marching cubes on a binary mask (value ≠ 0 = inside), iso-level halfway between voxel centres.
 *
 * `dims` are the mask's voxel counts (i fastest). Cubes span voxel centres, so the mask MUST have a background
 * border on every side for the surface to close; callers pad the crop by one voxel. `offsetIjk` is added to
 * every output point so coordinates refer to the parent grid. Vertices are shared between cubes (one per
 * crossed voxel edge), found through per-slice edge tables so memory stays O(dims[0]·dims[1]).
 */
export function extractBinarySurface(
  mask: Uint8Array,
  dims: readonly [number, number, number],
  offsetIjk: readonly [number, number, number] = [0, 0, 0],
): IndexSpaceSurface {
  const [nx, ny, nz] = dims;
  if (mask.length !== nx * ny * nz) throw new RangeError(`mask length ${mask.length} ≠ ${nx}x${ny}x${nz}`);
  const plane = nx * ny;
  const points = new Grow(new Float64Array(3 * 1024), (n) => new Float64Array(n));
  const tris = new Grow(new Uint32Array(3 * 2048), (n) => new Uint32Array(n));
  const inside = new Grow(new Uint32Array(1024), (n) => new Uint32Array(n));
  // vertex id of the edge starting at voxel (i,j) along x/y, in the lower and upper slice; z-edges between them
  let xyLow = new Int32Array(2 * plane).fill(-1);
  let xyHigh = new Int32Array(2 * plane).fill(-1);
  const zEdges = new Int32Array(plane);

  const vertexOn = (edge: number, i: number, j: number, k: number): number => {
    const [lo, , axis] = CUBE_EDGES[edge]!;
    const [dx, dy, dz] = CORNER_OFFSETS[lo]!;
    const vi = i + dx;
    const vj = j + dy;
    const slot = vi + vj * nx;
    let table: Int32Array;
    let index: number;
    if (axis === 2) {
      table = zEdges;
      index = slot;
    } else {
      table = dz === 0 ? xyLow : xyHigh;
      index = slot * 2 + axis;
    }
    let id = table[index]!;
    if (id < 0) {
      id = points.length / 3;
      points.push(offsetIjk[0] + vi + (axis === 0 ? 0.5 : 0));
      points.push(offsetIjk[1] + vj + (axis === 1 ? 0.5 : 0));
      points.push(offsetIjk[2] + k + dz + (axis === 2 ? 0.5 : 0));
      const lower = vi + vj * nx + (k + dz) * plane;
      inside.push(mask[lower] !== 0 ? lower : lower + (axis === 0 ? 1 : axis === 1 ? nx : plane));
      table[index] = id;
    }
    return id;
  };

  const corner = new Int32Array(8);
  for (let n = 0; n < 8; n++) {
    const [dx, dy, dz] = CORNER_OFFSETS[n]!;
    corner[n] = dx + dy * nx + dz * plane;
  }
  for (let k = 0; k + 1 < nz; k++) {
    zEdges.fill(-1);
    for (let j = 0; j + 1 < ny; j++) {
      for (let i = 0; i + 1 < nx; i++) {
        const base = i + j * nx + k * plane;
        let config = 0;
        for (let n = 0; n < 8; n++) if (mask[base + corner[n]!] !== 0) config |= 1 << n;
        const count = CASE_TRIANGLE_COUNT[config]!;
        if (count === 0) continue;
        const row = config * MAX_TRIANGLES_PER_CASE * 3;
        for (let t = 0; t < count * 3; t++) tris.push(vertexOn(CASE_TRIANGLES[row + t]!, i, j, k));
      }
    }
    const recycled = xyLow;
    xyLow = xyHigh;
    xyHigh = recycled.fill(-1);
  }
  return { pointsIjk: points.trimmed(), triangles: tris.trimmed(), insideVoxel: inside.trimmed() };
}
