import type { Vec3 } from './geometry';

/**
 * Measured facts about one structure of a label map. Intensities are in the image's unit (HU for CT).
 * Field names are a CLI/JSON contract (`ostendo measure --json`): add fields, never rename.
 */
export interface StructureMeasurement {
  label: number;
  id: string;
  voxels: number;
  volumeMl: number;
  mean: number;
  sd: number;
  min: number;
  max: number;
  median: number;
  centroidLps: Vec3;
  bboxLps: { min: Vec3; max: Vec3 };
  /** Extent of the axis-aligned LPS bounding box (mm), voxel footprints included. */
  extentMm: Vec3;
  /** Largest distance between two voxel centres of the structure (mm). */
  largestDiameterMm: number;
  /** Ids of structures sharing a face with this one. */
  touches: string[];
  /** True when the structure reaches the edge of the scanned volume: its volume may be incomplete. */
  touchesBoundary: boolean;
}
