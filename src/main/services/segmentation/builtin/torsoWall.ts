import type { Vec3 } from '../../../../shared/domain/geometry';
import type { Volume } from '../../../../shared/domain/volume';
import { axialAxis } from '../voxel/axes';
import { fillHolesPerSlice } from '../voxel/fillHoles';
import { andMask, andNotMask, thresholdMask, type Mask } from '../voxel/mask';
import { closeBox, erodeBox } from '../voxel/morphology';

/** Adipose tissue window (HU). */
export const FAT_HU = { min: -190, max: -30 };
/** Skin and dermis thickness stripped before looking for the muscle wall (mm). */
const SKIN_MM = 3;
/** Gaps in the muscle wall narrower than twice this are bridged (linea alba, fascia planes) (mm). */
const WALL_CLOSING_MM = 6;

export interface TorsoWall {
  /** Fat (FAT_HU) inside the body. */
  fat: Mask;
  /** Everything inside the outer surface of the muscle wall (wall, skeleton, organs), slice by slice. */
  inside: Mask;
}

/** In-plane box half-widths (voxels) for a radius in mm; 0 along the slice axis so each slice is treated alone. */
export function inPlaneRadius(image: Volume, mm: number): Vec3 {
  const axis = axialAxis(image.geometry);
  return [0, 1, 2].map((c) => (c === axis ? 0 : Math.max(1, Math.round(mm / image.geometry.spacingMm[c]!)))) as Vec3;
}

/**
 * The region enclosed by the muscle wall: non-fat tissue under the skin, its gaps closed and its inside filled per
 * slice. Subcutaneous fat lies outside it; muscles, skeleton and viscera inside.
 */
export function segmentTorsoWall(image: Volume, body: Mask): TorsoWall {
  const { sizeIjk } = image.geometry;
  const fat = andMask(thresholdMask(image.voxels, FAT_HU.min, FAT_HU.max), body);
  const underSkin = erodeBox(body, sizeIjk, inPlaneRadius(image, SKIN_MM));
  // everything under the skin that is not fat: muscle, organs, bone, air in lungs/bowel
  const nonFat = andNotMask(underSkin, fat);
  const wall = closeBox(nonFat, sizeIjk, inPlaneRadius(image, WALL_CLOSING_MM));
  const inside = andMask(fillHolesPerSlice(wall, sizeIjk, axialAxis(image.geometry)), underSkin);
  return { fat, inside };
}

/**
 * Voxels of the body that are not deeper than `depthMm` (in-plane, box metric) below the wall's outer surface:
 * the muscle wall, ribs, limbs and everything outside the wall. The visceral cavity's interior is the rest.
 */
export function shallowZone(image: Volume, body: Mask, wall: TorsoWall, depthMm: number): Mask {
  const deep = erodeBox(wall.inside, image.geometry.sizeIjk, inPlaneRadius(image, depthMm));
  return andNotMask(body, deep);
}
