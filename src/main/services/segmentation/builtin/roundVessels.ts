import type { Volume } from '../../../../shared/domain/volume';
import { axialAxis } from '../voxel/axes';
import type { Mask } from '../voxel/mask';
import { roundSections, sliceAxes, type RoundSection, type SliceAxes } from './roundSections';

/**
 * Section radii of the large vessels that contrast makes as bright as marrow: aorta (and an iliac or caval trunk)
 * 15-40 mm across. Costal cartilage (homogeneous ~120 HU, like contrast) stays under 14 mm across.
 */
const VESSEL_RADIUS_MM = { min: 7, max: 20 };
/** Consecutive sections belong to one tube when their centres are this close (share of the radius)... */
const LINK_DRIFT_SHARE = 0.5;
/** ...and their radii differ by less than this factor: the aorta keeps its calibre over a few centimetres. */
const LINK_RADIUS_RATIO = 1.35;
/**
 * A lumen is a free disc touching bone along a short arc (aorta on a vertebra: median ring share 0.2 on the JP2K
 * CT), while discs inscribed in a vertebral body have bone around most of them (0.5-0.8).
 */
const MAX_MEDIAN_RING_SHARE = 0.35;
/**
 * Contrast in a lumen is uniform (SD = image noise, 11-21 HU on the JP2K CT), trabecular marrow is mottled and
 * mixed with cortex (35-200 HU).
 */
const MAX_MEDIAN_SD_HU = 30;
/** The lumen's calcified wall and partial volume reach this far beyond the inscribed disc (mm). */
const WALL_MM = 3;

/**
 * Voxels of `mask` that belong to round, uniformly bright tubes running along the body axis: per slice, inscribed
 * discs 14-40 mm across are linked to the disc in the previous slice that continues them (centre within half a
 * radius, calibre within 35 %); a chain is a vessel when it is at least one diameter long (a vertebral body is
 * wider than it is tall, and discs interrupt the column) and its median section is uniform and free-standing.
 * Each section's disc plus a 3 mm wall is returned, so a lumen whose calcified wall touches a vertebra can be cut
 * off the skeleton.
 */
export function roundVesselVoxels(image: Volume, mask: Mask): Mask {
  const g = image.geometry;
  const ax = sliceAxes(image, axialAxis(g));
  const sections = roundSections(image, mask, ax, VESSEL_RADIUS_MM.min).filter((s) => s.radiusMm <= VESSEL_RADIUS_MM.max);
  const out = new Uint8Array(mask.length);
  for (const tube of linkTubes(sections, g.spacingMm[ax.u], g.spacingMm[ax.v])) {
    const diameterMm = 2 * median(tube.map((s) => s.radiusMm));
    if (tube.length < 2 || tube.length * g.spacingMm[ax.axis] < diameterMm) continue;
    if (median(tube.map((s) => s.ringShare)) > MAX_MEDIAN_RING_SHARE) continue;
    if (median(tube.map((s) => s.sdHu)) > MAX_MEDIAN_SD_HU) continue;
    for (const s of tube) paintDisc(out, mask, image, ax, s, s.radiusMm + WALL_MM);
  }
  return out;
}

/** Chains of sections in consecutive slices; each section continues the closest fitting one in the slice before. */
function linkTubes(sections: RoundSection[], du: number, dv: number): RoundSection[][] {
  const tubes: RoundSection[][] = [];
  let open: RoundSection[][] = [];
  const slices = [...new Set(sections.map((s) => s.slice))].sort((a, b) => a - b);
  for (const slice of slices) {
    const next: RoundSection[][] = [];
    const here = sections.filter((s) => s.slice === slice).sort((a, b) => b.radiusMm - a.radiusMm);
    for (const s of here) {
      let best: RoundSection[] | null = null;
      let bestMm = Infinity;
      for (const t of open) {
        const p = t[t.length - 1]!;
        if (p.slice !== slice - 1 || next.includes(t)) continue;
        const ratio = Math.max(p.radiusMm, s.radiusMm) / Math.min(p.radiusMm, s.radiusMm);
        const driftMm = Math.hypot((p.centreUv[0] - s.centreUv[0]) * du, (p.centreUv[1] - s.centreUv[1]) * dv);
        if (ratio < LINK_RADIUS_RATIO && driftMm <= LINK_DRIFT_SHARE * Math.min(p.radiusMm, s.radiusMm) && driftMm < bestMm) {
          best = t;
          bestMm = driftMm;
        }
      }
      if (best) best.push(s);
      else tubes.push((best = [s]));
      next.push(best);
    }
    open = next;
  }
  return tubes;
}

function paintDisc(out: Mask, mask: Mask, image: Volume, ax: SliceAxes, s: RoundSection, radiusMm: number): void {
  const g = image.geometry;
  const du = g.spacingMm[ax.u], dv = g.spacingMm[ax.v];
  const ra = Math.ceil(radiusMm / du), rb = Math.ceil(radiusMm / dv);
  const [ca, cb] = s.centreUv;
  const base = s.slice * ax.strides[ax.axis];
  for (let b = Math.max(0, cb - rb); b <= Math.min(g.sizeIjk[ax.v] - 1, cb + rb); b++) {
    for (let a = Math.max(0, ca - ra); a <= Math.min(g.sizeIjk[ax.u] - 1, ca + ra); a++) {
      const o = base + a * ax.strides[ax.u] + b * ax.strides[ax.v];
      if (mask[o] && ((a - ca) * du) ** 2 + ((b - cb) * dv) ** 2 <= radiusMm * radiusMm) out[o] = 1;
    }
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
