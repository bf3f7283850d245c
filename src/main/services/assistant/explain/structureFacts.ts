import { displayNameOf, getAnatomyEntry } from '../../../../shared/anatomy';
import type { Vec3 } from '../../../../shared/domain/geometry';
import type { StructureMeasurement } from '../../../../shared/domain/measurements';
import { directionWords, type DirectionWord } from './directionWords';
import { checkStructureNames } from './checkStructureNames';

/** Measured, checkable facts about one structure: what explanations may say, and nothing else. */
export type StructureFacts = {
  id: string;
  name: string;
  label: number;
  voxels: number;
  volumeMl: number;
  /** Unit of the intensity statistics ('HU' for CT). */
  intensityUnit: string;
  intensityMean: number;
  intensitySd: number;
  intensityMin: number;
  intensityMax: number;
  intensityMedian: number;
  extentMm: Vec3;
  largestDiameterMm: number;
  centroidLps: Vec3;
  /** Where it lies relative to the centre of all segmented structures (patient directions, LPS-derived). */
  position: DirectionWord[];
  /** The nearest other structures (by centroid) and where this one lies relative to each. */
  relations: Array<{ id: string; name: string; directions: DirectionWord[] }>;
  /** Structures sharing a face with this one (ids). */
  touches: string[];
  /** Reaches the edge of the scan: the volume may be incomplete. */
  possiblyIncomplete: boolean;
  /** Catalog description (textbook anatomy, no measurements); empty for uncatalogued structures. */
  description: string;
};

function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

/** Volume-weighted centroid of all structures (LPS mm): the reference for "left/right/..." of the body. */
export function segmentationCentreLps(all: readonly StructureMeasurement[]): Vec3 {
  let w = 0;
  const c: Vec3 = [0, 0, 0];
  for (const m of all) {
    for (let a = 0; a < 3; a++) c[a] += m.centroidLps[a] * m.volumeMl;
    w += m.volumeMl;
  }
  return w > 0 ? [c[0] / w, c[1] / w, c[2] / w] : c;
}

/**
 * Facts for `ids` (in that order), using every measurement as context for positions and relations.
 * Ids without a measurement (absent or empty structures) are skipped.
 * @param intensityUnit the image's unit, e.g. 'HU'
 * @param relationCount how many nearest structures to relate to (default 2)
 */
export function buildStructureFacts(
  measurements: readonly StructureMeasurement[],
  ids: readonly string[],
  intensityUnit: string,
  relationCount = 2,
): StructureFacts[] {
  const centre = segmentationCentreLps(measurements);
  const byId = new Map(measurements.map((m) => [m.id, m]));
  const presentIds = measurements.filter((m) => m.voxels > 0).map((m) => m.id);
  const facts: StructureFacts[] = [];
  for (const id of ids) {
    const m = byId.get(id);
    if (!m || m.voxels === 0) continue;
    const nearest = measurements
      .filter((o) => o.id !== id && o.voxels > 0)
      .map((o) => ({ o, d: Math.hypot(...sub(m.centroidLps, o.centroidLps)) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, relationCount);
    facts.push({
      id,
      name: displayNameOf(id),
      label: m.label,
      voxels: m.voxels,
      volumeMl: m.volumeMl,
      intensityUnit,
      intensityMean: m.mean,
      intensitySd: m.sd,
      intensityMin: m.min,
      intensityMax: m.max,
      intensityMedian: m.median,
      extentMm: m.extentMm,
      largestDiameterMm: m.largestDiameterMm,
      centroidLps: m.centroidLps,
      position: directionWords(sub(m.centroidLps, centre)),
      relations: nearest.map(({ o }) => ({ id: o.id, name: displayNameOf(o.id), directions: directionWords(sub(m.centroidLps, o.centroidLps)) })),
      touches: [...m.touches],
      possiblyIncomplete: m.touchesBoundary,
      // textbook descriptions may mention neighbours; a sentence naming one absent from this segmentation is dropped
      description: checkStructureNames(getAnatomyEntry(id)?.description ?? '', presentIds).text,
    });
  }
  return facts;
}
