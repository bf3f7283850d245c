import type { Image } from 'itk-wasm';
import { OstendoError } from '../../../shared/errors';
import type { Mat3, Vec3, VolumeGeometry } from '../../../shared/domain/geometry';
import type { IntensityUnit, Modality, Volume, VoxelData } from '../../../shared/domain/volume';
import { dataTypeOf } from '../../../shared/domain/volume';

/**
 * Convert an itk-wasm Image (already LPS: ITK's world space is LPS) into an Ostendo Volume.
 * The voxel array is copied: itk-wasm hands out views over a SharedArrayBuffer of the wasm heap.
 */
export function volumeFromItkImage(image: Image, modality: Modality, unit: IntensityUnit): Volume {
  if (image.imageType.dimension !== 3 && image.imageType.dimension !== 2) {
    throw new OstendoError('UNSUPPORTED_FILE', `Only 2D/3D scalar images are supported (got ${image.imageType.dimension}D)`);
  }
  if (image.imageType.components !== 1) {
    throw new OstendoError('UNSUPPORTED_FILE', `Only single-component images are supported (got ${image.imageType.components} components)`);
  }
  if (!image.data) throw new OstendoError('DECODE_FAILED', 'Image has no pixel data');
  const is2d = image.imageType.dimension === 2;
  const sizeIjk: Vec3 = [image.size[0] ?? 1, image.size[1] ?? 1, is2d ? 1 : (image.size[2] ?? 1)];
  const spacingMm: Vec3 = [image.spacing[0] ?? 1, image.spacing[1] ?? 1, is2d ? 1 : (image.spacing[2] ?? 1)];
  const originLps: Vec3 = [image.origin[0] ?? 0, image.origin[1] ?? 0, is2d ? 0 : (image.origin[2] ?? 0)];
  const d = Array.from(image.direction as ArrayLike<number>);
  const direction: Mat3 = is2d
    ? [d[0] ?? 1, d[1] ?? 0, 0, d[2] ?? 0, d[3] ?? 1, 0, 0, 0, 1]
    : (d.slice(0, 9).map((v) => (Object.is(v, -0) ? 0 : v)) as Mat3);
  const geometry: VolumeGeometry = { sizeIjk, spacingMm, originLps, direction };
  const source = image.data as VoxelData;
  const Ctor = source.constructor as new (n: number) => VoxelData;
  const voxels = new Ctor(source.length);
  voxels.set(source as never);
  return { geometry, voxels, modality, unit };
}

const ITK_COMPONENT: Record<ReturnType<typeof dataTypeOf>, string> = {
  int8: 'int8',
  uint8: 'uint8',
  int16: 'int16',
  uint16: 'uint16',
  int32: 'int32',
  uint32: 'uint32',
  float32: 'float32',
  float64: 'float64',
};

/** Build an itk-wasm Image from a Volume (for writing files). */
export function itkImageFromVolume(volume: Volume, name = 'volume'): Image {
  const g = volume.geometry;
  return {
    imageType: { dimension: 3, componentType: ITK_COMPONENT[dataTypeOf(volume.voxels)], pixelType: 'Scalar', components: 1 },
    name,
    origin: [...g.originLps],
    spacing: [...g.spacingMm],
    direction: new Float64Array(g.direction),
    size: [...g.sizeIjk],
    metadata: new Map(),
    data: volume.voxels,
  } as unknown as Image;
}
