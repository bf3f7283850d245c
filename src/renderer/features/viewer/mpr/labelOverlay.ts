/** Colour/opacity of one display index of the label overlay (index 1..255). */
export interface OverlayEntry {
  index: number;
  color: [number, number, number];
  /** 0..1; 0 hides the structure. */
  opacity: number;
}

export type OverlayMode = 'fill' | 'outline';

/** Share of a structure's opacity used for the 2D fill, so the anatomy underneath stays readable. */
export const FILL_ALPHA = 0.5;

/**
 * RGBA pixels (rows top to bottom, as canvas ImageData wants) of a label slice whose rows run
 * bottom to top (SliceGrid order). Fill: colour at opacity·FILL_ALPHA; outline: colour at full
 * opacity on pixels whose 4-neighbourhood holds another index, transparent inside.
 * O(pixels) per slice: overlays are built lazily for the slice on screen only.
 */
export function labelSliceToRgba(
  indices: Uint8Array, width: number, height: number, entries: OverlayEntry[], mode: OverlayMode, out?: Uint8ClampedArray,
): Uint8ClampedArray {
  const rgba = out && out.length === width * height * 4 ? out : new Uint8ClampedArray(width * height * 4);
  const lut = new Uint8ClampedArray(256 * 4);
  for (const e of entries) {
    if (e.index < 1 || e.index > 255) continue;
    lut.set([e.color[0], e.color[1], e.color[2], Math.round(255 * e.opacity * (mode === 'fill' ? FILL_ALPHA : 1))], e.index * 4);
  }
  for (let b = 0; b < height; b++) {
    const src = b * width;
    const dst = (height - 1 - b) * width * 4;
    for (let a = 0; a < width; a++) {
      const v = indices[src + a];
      const o = dst + a * 4;
      let draw = v !== 0;
      if (draw && mode === 'outline') {
        const left = a > 0 ? indices[src + a - 1] : 0;
        const right = a < width - 1 ? indices[src + a + 1] : 0;
        const down = b > 0 ? indices[src + a - width] : 0;
        const up = b < height - 1 ? indices[src + a + width] : 0;
        draw = left !== v || right !== v || down !== v || up !== v;
      }
      if (draw) {
        const l = v * 4;
        rgba[o] = lut[l]; rgba[o + 1] = lut[l + 1]; rgba[o + 2] = lut[l + 2]; rgba[o + 3] = lut[l + 3];
      } else {
        rgba[o] = 0; rgba[o + 1] = 0; rgba[o + 2] = 0; rgba[o + 3] = 0;
      }
    }
  }
  return rgba;
}
