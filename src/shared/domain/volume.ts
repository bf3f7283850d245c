import type { VolumeGeometry } from './geometry';

export type VoxelData =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array;

export type VoxelDataType = 'int8' | 'uint8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'float32' | 'float64';

export type Modality = 'CT' | 'MR' | 'PT' | 'SEG' | 'OT';

/** Physical meaning of voxel values. CT volumes are stored in Hounsfield units (rescale applied). */
export type IntensityUnit = 'HU' | 'MR-arbitrary' | 'label' | 'unknown';

/** A scalar volume in memory: geometry in LPS mm plus voxels, i fastest. */
export interface Volume<T extends VoxelData = VoxelData> {
  geometry: VolumeGeometry;
  voxels: T;
  modality: Modality;
  unit: IntensityUnit;
}

export function dataTypeOf(voxels: VoxelData): VoxelDataType {
  if (voxels instanceof Int8Array) return 'int8';
  if (voxels instanceof Uint8Array) return 'uint8';
  if (voxels instanceof Int16Array) return 'int16';
  if (voxels instanceof Uint16Array) return 'uint16';
  if (voxels instanceof Int32Array) return 'int32';
  if (voxels instanceof Uint32Array) return 'uint32';
  if (voxels instanceof Float32Array) return 'float32';
  return 'float64';
}

const CONSTRUCTORS = {
  int8: Int8Array,
  uint8: Uint8Array,
  int16: Int16Array,
  uint16: Uint16Array,
  int32: Int32Array,
  uint32: Uint32Array,
  float32: Float32Array,
  float64: Float64Array,
} as const;

/** View bytes as a typed array of the given type (copies when misaligned). */
export function voxelsFromBytes(type: VoxelDataType, bytes: Uint8Array): VoxelData {
  const Ctor = CONSTRUCTORS[type];
  const width = Ctor.BYTES_PER_ELEMENT;
  if (bytes.byteOffset % width === 0 && bytes.byteLength % width === 0) {
    return new Ctor(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength / width);
  }
  const copy = new Uint8Array(bytes);
  return new Ctor(copy.buffer, 0, copy.byteLength / width);
}

export function minMax(voxels: VoxelData): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let n = 0; n < voxels.length; n++) {
    const v = voxels[n] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}
