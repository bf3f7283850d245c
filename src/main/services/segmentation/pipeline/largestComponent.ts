import type { Vec3 } from '../../../../shared/domain/geometry';
import type { LabelArray } from './resample';

/**
 * Keep only the largest 6-connected component of each listed label value; other components become background.
 * One pass labels components of all selected values (Int32 id per voxel), a second removes the losers.
 * @returns voxels removed per label value
 */
export function keepLargestComponents(labels: LabelArray, sizeIjk: Vec3, values: ReadonlySet<number>): Map<number, number> {
  const [ni, nj, nk] = sizeIjk;
  const component = new Int32Array(labels.length); // 0 = unvisited / not selected
  const sizes: number[] = [0];
  const valueOfComponent: number[] = [0];
  let queue = new Int32Array(1024);
  for (let start = 0; start < labels.length; start++) {
    const value = labels[start]!;
    if (value === 0 || component[start] !== 0 || !values.has(value)) continue;
    const id = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    component[start] = id;
    const plane = ni * nj;
    const visit = (m: number): void => {
      if (component[m] !== 0 || labels[m] !== value) return;
      component[m] = id;
      if (tail === queue.length) {
        const grown = new Int32Array(queue.length * 2);
        grown.set(queue);
        queue = grown;
      }
      queue[tail++] = m;
    };
    while (head < tail) {
      const n = queue[head++]!;
      const i = n % ni;
      const j = ((n - i) / ni) % nj;
      const k = (n - i - j * ni) / plane;
      if (i > 0) visit(n - 1);
      if (i < ni - 1) visit(n + 1);
      if (j > 0) visit(n - ni);
      if (j < nj - 1) visit(n + ni);
      if (k > 0) visit(n - plane);
      if (k < nk - 1) visit(n + plane);
    }
    // the queue holds the whole component, so its length is the component size
    sizes.push(tail);
    valueOfComponent.push(value);
  }
  const largest = new Map<number, number>();
  for (let id = 1; id < sizes.length; id++) {
    const v = valueOfComponent[id]!;
    const best = largest.get(v);
    if (best === undefined || sizes[id]! > sizes[best]!) largest.set(v, id);
  }
  const removed = new Map<number, number>();
  for (let n = 0; n < labels.length; n++) {
    const id = component[n]!;
    if (id === 0) continue;
    const v = valueOfComponent[id]!;
    if (largest.get(v) !== id) {
      labels[n] = 0;
      removed.set(v, (removed.get(v) ?? 0) + 1);
    }
  }
  return removed;
}
