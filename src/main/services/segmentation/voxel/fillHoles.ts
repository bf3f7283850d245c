import type { Vec3 } from '../../../../shared/domain/geometry';
import type { Mask } from './mask';
import { OffsetStack } from './offsetQueue';

/**
 * Fill holes slice by slice: in every slice normal to `axis`, background not 4-connected to the slice border
 * becomes foreground. Per-slice filling closes cavities that open to the scan's top/bottom (lungs and bowel
 * inside the body), which a 3D fill would miss.
 */
export function fillHolesPerSlice(mask: Mask, sizeIjk: Vec3, axis: 0 | 1 | 2 = 2): Mask {
  const strides: Vec3 = [1, sizeIjk[0], sizeIjk[0] * sizeIjk[1]];
  // in-slice axes u, v
  const u = axis === 0 ? 1 : 0;
  const v = axis === 2 ? 1 : 2;
  const nu = sizeIjk[u], nv = sizeIjk[v];
  const su = strides[u], sv = strides[v];
  const out = mask.slice();
  const outside = new Uint8Array(nu * nv);
  const stack = new OffsetStack(4096);
  for (let s = 0; s < sizeIjk[axis]; s++) {
    const base = s * strides[axis];
    outside.fill(0);
    const seed = (a: number, b: number): void => {
      const p = a + b * nu;
      if (outside[p] === 0 && mask[base + a * su + b * sv] === 0) { outside[p] = 1; stack.push(p); }
    };
    for (let a = 0; a < nu; a++) { seed(a, 0); seed(a, nv - 1); }
    for (let b = 0; b < nv; b++) { seed(0, b); seed(nu - 1, b); }
    while (stack.size > 0) {
      const p = stack.pop();
      const b = (p / nu) | 0;
      const a = p - b * nu;
      if (a > 0) seed(a - 1, b);
      if (a < nu - 1) seed(a + 1, b);
      if (b > 0) seed(a, b - 1);
      if (b < nv - 1) seed(a, b + 1);
    }
    for (let b = 0; b < nv; b++) {
      for (let a = 0; a < nu; a++) {
        if (outside[a + b * nu] === 0) out[base + a * su + b * sv] = 1;
      }
    }
  }
  return out;
}

/** Fill 3D cavities: background not 6-connected to the volume's faces becomes foreground. */
export function fillHoles3d(mask: Mask, sizeIjk: Vec3): Mask {
  const [si, sj, sk] = sizeIjk;
  const plane = si * sj;
  const outside = new Uint8Array(mask.length);
  const stack = new OffsetStack();
  const seed = (o: number): void => {
    if (outside[o] === 0 && mask[o] === 0) { outside[o] = 1; stack.push(o); }
  };
  for (let k = 0; k < sk; k++) {
    for (let j = 0; j < sj; j++) {
      for (let i = 0; i < si; i++) {
        if (i === 0 || j === 0 || k === 0 || i === si - 1 || j === sj - 1 || k === sk - 1) seed(i + j * si + k * plane);
      }
    }
  }
  while (stack.size > 0) {
    const o = stack.pop();
    const k = (o / plane) | 0;
    const rem = o - k * plane;
    const j = (rem / si) | 0;
    const i = rem - j * si;
    if (i > 0) seed(o - 1);
    if (i < si - 1) seed(o + 1);
    if (j > 0) seed(o - si);
    if (j < sj - 1) seed(o + si);
    if (k > 0) seed(o - plane);
    if (k < sk - 1) seed(o + plane);
  }
  const out = new Uint8Array(mask.length);
  for (let n = 0; n < out.length; n++) out[n] = outside[n] === 0 ? 1 : 0;
  return out;
}
