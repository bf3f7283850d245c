import type { Vec3 } from '../../../../shared/domain/geometry';
import type { Mask } from './mask';
import { OffsetStack } from './offsetQueue';

/** One 6-connected component: its label in `labels`, voxel count and IJK bounding box (inclusive). */
export interface ComponentStats {
  label: number;
  voxels: number;
  minIjk: Vec3;
  maxIjk: Vec3;
  /** Mean IJK index of its voxels. */
  centroidIjk: Vec3;
}

export interface Components {
  /** 0 = background, 1..n = component label. */
  labels: Int32Array;
  /** components[label - 1] */
  components: ComponentStats[];
}

/** Label the 6-connected components (face neighbours) of a mask. */
export function labelComponents(mask: Mask, sizeIjk: Vec3): Components {
  const [si, sj, sk] = sizeIjk;
  const plane = si * sj;
  const labels = new Int32Array(mask.length);
  const components: ComponentStats[] = [];
  const stack = new OffsetStack();
  for (let start = 0; start < mask.length; start++) {
    if (mask[start] === 0 || labels[start] !== 0) continue;
    const label = components.length + 1;
    let count = 0;
    let sumI = 0, sumJ = 0, sumK = 0;
    const minIjk: Vec3 = [si, sj, sk];
    const maxIjk: Vec3 = [-1, -1, -1];
    labels[start] = label;
    stack.push(start);
    while (stack.size > 0) {
      const o = stack.pop();
      const k = (o / plane) | 0;
      const rem = o - k * plane;
      const j = (rem / si) | 0;
      const i = rem - j * si;
      count++;
      sumI += i; sumJ += j; sumK += k;
      if (i < minIjk[0]) minIjk[0] = i;
      if (j < minIjk[1]) minIjk[1] = j;
      if (k < minIjk[2]) minIjk[2] = k;
      if (i > maxIjk[0]) maxIjk[0] = i;
      if (j > maxIjk[1]) maxIjk[1] = j;
      if (k > maxIjk[2]) maxIjk[2] = k;
      if (i > 0 && mask[o - 1] !== 0 && labels[o - 1] === 0) { labels[o - 1] = label; stack.push(o - 1); }
      if (i < si - 1 && mask[o + 1] !== 0 && labels[o + 1] === 0) { labels[o + 1] = label; stack.push(o + 1); }
      if (j > 0 && mask[o - si] !== 0 && labels[o - si] === 0) { labels[o - si] = label; stack.push(o - si); }
      if (j < sj - 1 && mask[o + si] !== 0 && labels[o + si] === 0) { labels[o + si] = label; stack.push(o + si); }
      if (k > 0 && mask[o - plane] !== 0 && labels[o - plane] === 0) { labels[o - plane] = label; stack.push(o - plane); }
      if (k < sk - 1 && mask[o + plane] !== 0 && labels[o + plane] === 0) { labels[o + plane] = label; stack.push(o + plane); }
    }
    components.push({ label, voxels: count, minIjk, maxIjk, centroidIjk: [sumI / count, sumJ / count, sumK / count] });
  }
  return { labels, components };
}

/** Mask of the components whose stats satisfy `keep`. */
export function selectComponents(cc: Components, keep: (c: ComponentStats) => boolean): Mask {
  const keepLabel = new Uint8Array(cc.components.length + 1);
  for (const c of cc.components) if (keep(c)) keepLabel[c.label] = 1;
  const out = new Uint8Array(cc.labels.length);
  for (let n = 0; n < out.length; n++) out[n] = keepLabel[cc.labels[n]!]!;
  return out;
}

/** The largest 6-connected component of a mask (empty mask when there is none). */
export function largestComponent(mask: Mask, sizeIjk: Vec3): Mask {
  const cc = labelComponents(mask, sizeIjk);
  if (cc.components.length === 0) return new Uint8Array(mask.length);
  let best = cc.components[0]!;
  for (const c of cc.components) if (c.voxels > best.voxels) best = c;
  return selectComponents(cc, (c) => c === best);
}

/** Drop components smaller than `minVoxels`. */
export function removeSmallComponents(mask: Mask, sizeIjk: Vec3, minVoxels: number): Mask {
  return selectComponents(labelComponents(mask, sizeIjk), (c) => c.voxels >= minVoxels);
}
