import type { Vec3 } from '../../../../shared/domain/geometry';
import type { VoxelData } from '../../../../shared/domain/volume';

/** A display copy of a volume: float voxels on the display grid and their value range. */
export interface AveragedVolume {
  voxels: Float32Array;
  min: number;
  max: number;
}

/** Streams k-slabs of a volume into block means (see displayGrid.ts); one instance per volume. */
export interface BlockAverager {
  /** Add source slices k0 … k0 + depth − 1 (i fastest); k0 must start a block, slabs arrive in order. */
  addSlab(k0: number, voxels: VoxelData): void;
  finish(): AveragedVolume;
}

/**
 * Block-mean downsampling that needs only one slab of the source at a time, so a worker can build the
 * 3D copy of a 500 MB volume from small messages. Edge blocks that the size does not fill average the
 * voxels they have. Float32 output: vtk.js uploads float data without a per-voxel conversion.
 */
export function createBlockAverager(sizeIjk: Vec3, factors: Vec3): BlockAverager {
  const [nx, ny, nz] = sizeIjk;
  const [fi, fj, fk] = factors;
  const [mx, my, mz] = [Math.ceil(nx / fi), Math.ceil(ny / fj), Math.ceil(nz / fk)];
  const out = new Float32Array(mx * my * mz);
  // per-column / per-row block index and block width, so the inner loop does no division
  const iTo = Int32Array.from({ length: nx }, (_, i) => Math.floor(i / fi));
  const jTo = Int32Array.from({ length: ny }, (_, j) => Math.floor(j / fj));
  const countIj = new Float32Array(mx * my);
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) countIj[jTo[j] * mx + iTo[i]]++;
  let nextK = 0;
  let min = Infinity;
  let max = -Infinity;
  return {
    addSlab(k0, voxels) {
      const depth = voxels.length / (nx * ny);
      if (k0 !== nextK || k0 % fk !== 0 || !Number.isInteger(depth) || k0 + depth > nz || (depth % fk !== 0 && k0 + depth !== nz)) {
        throw new Error(`BlockAverager: slab k ${k0}+${depth} does not continue at k ${nextK} on whole ${fk}-slice blocks of ${nx}x${ny}x${nz}`);
      }
      for (let k = 0; k < depth; k++) {
        const layer = Math.floor((k0 + k) / fk) * mx * my;
        for (let j = 0; j < ny; j++) {
          const row = layer + jTo[j] * mx;
          const src = (k * ny + j) * nx;
          for (let i = 0; i < nx; i++) out[row + iTo[i]] += voxels[src + i] as number;
        }
      }
      nextK = k0 + depth;
      // divide the layers this slab completed
      for (let kk = k0 / fk; kk < Math.ceil(nextK / fk); kk++) {
        const slices = Math.min(nz, (kk + 1) * fk) - kk * fk;
        const layer = kk * mx * my;
        for (let n = 0; n < mx * my; n++) {
          const v = out[layer + n] / (countIj[n] * slices);
          out[layer + n] = v;
          if (v < min) min = v;
          if (v > max) max = v;
        }
      }
    },
    finish() {
      if (nextK !== nz) throw new Error(`BlockAverager: got ${nextK} of ${nz} slices`);
      return { voxels: out, min, max };
    },
  };
}
