import type { VolumeGeometry } from '../../../../shared/domain/geometry';

/**
 * Mark voxels that are the first or last of their label along an i-, j- and k-line. Only such voxels can be
 * vertices of the label's convex hull (a point strictly between two others on a line is not a vertex), and the
 * two ends of a largest diameter are hull vertices, so restricting to them is exact.
 * Returns, per label, the offsets that are extreme along all three axes.
 */
export function hullCandidates(labels: ArrayLike<number>, g: VolumeGeometry, maxLabel: number): Int32Array[] {
  const [si, sj, sk] = g.sizeIjk;
  const flags = new Uint8Array(labels.length);
  const first = new Int32Array(maxLabel + 1);
  const last = new Int32Array(maxLabel + 1);
  const stamp = new Int32Array(maxLabel + 1).fill(-1);
  const scanLines = (bit: number, len: number, stride: number, starts: Iterable<number>): void => {
    let line = 0;
    const seen: number[] = [];
    for (const base of starts) {
      seen.length = 0;
      for (let t = 0; t < len; t++) {
        const o = base + t * stride;
        const l = labels[o]!;
        if (l <= 0) continue;
        if (stamp[l] !== line) { stamp[l] = line; first[l] = o; seen.push(l); }
        last[l] = o;
      }
      for (const l of seen) { flags[first[l]!]! |= bit; flags[last[l]!]! |= bit; }
      line++;
    }
  };
  function* rowStarts(): Generator<number> { for (let k = 0; k < sk; k++) for (let j = 0; j < sj; j++) yield j * si + k * si * sj; }
  function* colStarts(): Generator<number> { for (let k = 0; k < sk; k++) for (let i = 0; i < si; i++) yield i + k * si * sj; }
  function* depthStarts(): Generator<number> { for (let j = 0; j < sj; j++) for (let i = 0; i < si; i++) yield i + j * si; }
  scanLines(1, si, 1, rowStarts());
  stamp.fill(-1);
  scanLines(2, sj, si, colStarts());
  stamp.fill(-1);
  scanLines(4, sk, si * sj, depthStarts());
  const counts = new Int32Array(maxLabel + 1);
  for (let o = 0; o < flags.length; o++) if (flags[o] === 7) counts[labels[o]!]!++;
  const out = Array.from({ length: maxLabel + 1 }, (_, l) => new Int32Array(counts[l]!));
  counts.fill(0);
  for (let o = 0; o < flags.length; o++) if (flags[o] === 7) { const l = labels[o]!; out[l]![counts[l]!++] = o; }
  return out;
}

/**
 * Largest distance (mm) between two voxel centres among `offsets`, exact. Points are visited from the centroid
 * outward-in (farthest first) and pairs are skipped once r_a + r_b cannot beat the best distance found.
 */
export function farthestPairMm(offsets: Int32Array, g: VolumeGeometry): number {
  const n = offsets.length;
  if (n < 2) return 0;
  const [si, sj] = g.sizeIjk;
  const d = g.direction;
  const [sx, sy, sz] = g.spacingMm;
  const pts = new Float64Array(n * 3);
  let cx = 0, cy = 0, cz = 0;
  for (let p = 0; p < n; p++) {
    const o = offsets[p]!;
    const k = Math.floor(o / (si * sj));
    const rem = o - k * si * sj;
    const j = Math.floor(rem / si);
    const i = rem - j * si;
    // LPS offset from the origin; the origin cancels in distances
    const x = d[0] * i * sx + d[1] * j * sy + d[2] * k * sz;
    const y = d[3] * i * sx + d[4] * j * sy + d[5] * k * sz;
    const z = d[6] * i * sx + d[7] * j * sy + d[8] * k * sz;
    pts[3 * p] = x; pts[3 * p + 1] = y; pts[3 * p + 2] = z;
    cx += x; cy += y; cz += z;
  }
  cx /= n; cy /= n; cz /= n;
  const order = Array.from({ length: n }, (_, p) => p);
  const r = new Float64Array(n);
  for (let p = 0; p < n; p++) r[p] = Math.hypot(pts[3 * p]! - cx, pts[3 * p + 1]! - cy, pts[3 * p + 2]! - cz);
  order.sort((a, b) => r[b]! - r[a]!);
  let best2 = 0;
  let best = 0;
  for (let a = 0; a < n; a++) {
    const pa = order[a]!;
    if (2 * r[pa]! <= best) break;
    const ax = pts[3 * pa]!, ay = pts[3 * pa + 1]!, az = pts[3 * pa + 2]!;
    for (let b = a + 1; b < n; b++) {
      const pb = order[b]!;
      if (r[pa]! + r[pb]! <= best) break;
      const dx = ax - pts[3 * pb]!, dy = ay - pts[3 * pb + 1]!, dz = az - pts[3 * pb + 2]!;
      const d2 = dx * dx + dy * dy + dz * dz;
      if (d2 > best2) { best2 = d2; best = Math.sqrt(d2); }
    }
  }
  return best;
}
