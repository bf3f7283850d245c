import type { Vec3 } from '../../../../shared/domain/geometry';
import type { Volume } from '../../../../shared/domain/volume';
import { axialAxis } from '../voxel/axes';
import { fillHolesPerSlice } from '../voxel/fillHoles';
import { andMask, andNotMask, orMask, thresholdMask, type Mask } from '../voxel/mask';
import { closeBox, dilateBox, erodeBox } from '../voxel/morphology';

/** Adipose tissue window (HU). */
export const FAT_HU = { min: -190, max: -30 };
/** Skeletal muscle window (HU); organs share it, so position decides. */
export const MUSCLE_HU = { min: -29, max: 150 };
/** Skin and dermis thickness stripped before looking for the muscle wall (mm). */
const SKIN_MM = 3;
/** Gaps in the muscle wall narrower than twice this are bridged (linea alba, fascia planes) (mm). */
const WALL_CLOSING_MM = 6;
/** Muscle is taken within this depth of the wall's outer surface (mm)... */
const WALL_DEPTH_MM = 20;
/** ...or this close to bone (paraspinal, psoas and intercostal muscles lie on the skeleton) (mm). */
const NEAR_BONE_MM = 15;

export interface TissuesResult {
  subcutaneousFat: Mask;
  torsoFat: Mask;
  skeletalMuscle: Mask;
}

function inPlaneRadius(image: Volume, mm: number): Vec3 {
  const axis = axialAxis(image.geometry);
  return [0, 1, 2].map((c) => (c === axis ? 0 : Math.max(1, Math.round(mm / image.geometry.spacingMm[c]!)))) as Vec3;
}

/**
 * Body composition, slice by slice: the muscle wall is the non-fat tissue under the skin, its gaps closed and its
 * inside filled; fat outside it is subcutaneous, fat inside it is torso (visceral + intermuscular) fat.
 * Skeletal muscle is muscle-density tissue inside the wall that lies within 20 mm of the wall's outer surface or
 * 15 mm of bone; organs deeper in the cavity share muscle's HU and are left out by that position rule.
 */
export function segmentTissues(image: Volume, body: Mask, bones: Mask): TissuesResult {
  const { sizeIjk } = image.geometry;
  const axis = axialAxis(image.geometry);
  const fat = andMask(thresholdMask(image.voxels, FAT_HU.min, FAT_HU.max), body);
  const muscleHu = andMask(thresholdMask(image.voxels, MUSCLE_HU.min, MUSCLE_HU.max), body);
  const underSkin = erodeBox(body, sizeIjk, inPlaneRadius(image, SKIN_MM));
  // everything under the skin that is not fat: muscle, organs, bone, air in lungs/bowel
  const nonFat = andNotMask(underSkin, fat);
  const wall = closeBox(nonFat, sizeIjk, inPlaneRadius(image, WALL_CLOSING_MM));
  const inside = andMask(fillHolesPerSlice(wall, sizeIjk, axis), underSkin);
  const subcutaneousFat = andNotMask(fat, inside);
  const torsoFat = andMask(fat, inside);
  const deep = erodeBox(inside, sizeIjk, inPlaneRadius(image, WALL_DEPTH_MM));
  const nearBone = dilateBox(bones, sizeIjk, inPlaneRadius(image, NEAR_BONE_MM));
  const muscleZone = orMask(andNotMask(inside, deep), andMask(nearBone, inside));
  const skeletalMuscle = andNotMask(andMask(muscleHu, muscleZone), bones);
  return { subcutaneousFat, torsoFat, skeletalMuscle };
}
