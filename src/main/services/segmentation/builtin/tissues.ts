import type { Volume } from '../../../../shared/domain/volume';
import { andMask, andNotMask, orMask, thresholdMask, type Mask } from '../voxel/mask';
import { dilateBox } from '../voxel/morphology';
import { behindRibs, midlineBones, paraspinalZone } from './torsoZones';
import { inPlaneRadius, segmentTorsoWall, shallowZone } from './torsoWall';

export { FAT_HU } from './torsoWall';
/** Skeletal muscle window (HU); organs share it, so position decides. */
export const MUSCLE_HU = { min: -29, max: 150 };
/**
 * Anterior/lateral wall muscle is taken this deep below the wall's outer surface (mm). The abdominal wall muscles
 * are ~5-15 mm thick; deeper lies liver/spleen, which share muscle's HU. 10 mm on the shared CT: organ leak 3 %
 * (20 mm: 27 %).
 */
const WALL_DEPTH_MM = 10;
/** A rib within this distance sideways (mm)... */
const RIB_SEARCH_MM = 20;
/** ...that is shallower by more than this (mm) puts a voxel behind the rib line, in the cavity. */
const RIB_MARGIN_MM = 3;
/** Vertebrae lie within this distance of the mid-sagittal plane (mm); ribs' shafts lie further out. */
const SPINE_HALF_WIDTH_MM = 25;
/** Psoas, crura and the deep paraspinal muscles lie on the vertebrae, within this (mm). */
const NEAR_SPINE_MM = 20;
/**
 * Half-width of the paraspinal compartment posterior to the spine (mm). Erector spinae reach ~50-60 mm from the
 * midline; wider admits the kidneys' posterior poles (shared CT: 55 mm -> autochthon 0.79, kidneys 0.11).
 */
const PARASPINAL_HALF_WIDTH_MM = 55;

export interface TissuesResult {
  subcutaneousFat: Mask;
  torsoFat: Mask;
  skeletalMuscle: Mask;
}

/**
 * Body composition, slice by slice: fat outside the muscle wall's outer surface is subcutaneous, fat inside it is
 * torso (visceral + intermuscular) fat. Skeletal muscle is muscle-density tissue inside the wall that is either
 * in the thin outer wall layer (10 mm) and not behind the rib line, within 20 mm of the spine (psoas, crura), or in
 * the paraspinal compartment behind the spine. Organs inside the cavity share muscle's HU and are left out by
 * those position rules.
 */
export function segmentTissues(image: Volume, body: Mask, bones: Mask): TissuesResult {
  const { sizeIjk } = image.geometry;
  const wall = segmentTorsoWall(image, body);
  const muscleHu = andMask(thresholdMask(image.voxels, MUSCLE_HU.min, MUSCLE_HU.max), body);
  const subcutaneousFat = andNotMask(wall.fat, wall.inside);
  const torsoFat = andMask(wall.fat, wall.inside);
  const behind = behindRibs(image, wall.inside, bones, { maxDepthMm: WALL_DEPTH_MM, searchMm: RIB_SEARCH_MM, marginMm: RIB_MARGIN_MM });
  const outerWall = andNotMask(shallowZone(image, body, wall, WALL_DEPTH_MM), behind);
  const spine = midlineBones(image, body, bones, SPINE_HALF_WIDTH_MM);
  const nearSpine = dilateBox(spine, sizeIjk, inPlaneRadius(image, NEAR_SPINE_MM));
  const zone = orMask(orMask(outerWall, nearSpine), paraspinalZone(image, body, spine, PARASPINAL_HALF_WIDTH_MM));
  const skeletalMuscle = andNotMask(andMask(andMask(muscleHu, zone), wall.inside), bones);
  return { subcutaneousFat, torsoFat, skeletalMuscle };
}
