import { dataTypeOf } from '../../../shared/domain/volume';
import { OstendoError } from '../../../shared/errors';
import type { Handlers } from '../dispatch';
import type { AppContext } from '../appContext';
import { listLabelMaps, loadLabelMap } from '../../services/library/labelMapStore';
import { attachLabelFile } from '../../services/library/attachLabelFile';
import { measureStructures } from '../../services/segmentation/measure/measureStructures';
import { buildStructureMeshes, exportMeshes } from '../../services/meshing';

type LabelHandlers = Pick<Handlers, 'labels.list' | 'labels.attachFile' | 'labels.voxels' | 'labels.measure' | 'meshes.get' | 'meshes.export'>;

function bytesOf(v: ArrayBufferView): Uint8Array {
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

export function labelHandlers(ctx: AppContext): LabelHandlers {
  const meshesOf = (labelMapId: string, structureIds?: string[]) => {
    const { labels, classMap } = loadLabelMap(ctx.library, labelMapId);
    return buildStructureMeshes(labels, classMap, { structureIds, cacheKey: labelMapId });
  };
  return {
    'labels.list': async ({ seriesId }) => ({ labelMaps: listLabelMaps(ctx.library, seriesId) }),
    'labels.attachFile': async ({ seriesId, path: file, classes }) => attachLabelFile(ctx.library, seriesId, file, classes),
    'labels.voxels': async ({ labelMapId }) => {
      const { labels } = loadLabelMap(ctx.library, labelMapId);
      return { geometry: labels.geometry, dataType: dataTypeOf(labels.voxels), bytes: bytesOf(labels.voxels) };
    },
    'labels.measure': async ({ labelMapId }) => {
      const { summary, labels, classMap } = loadLabelMap(ctx.library, labelMapId);
      const image = ctx.library.loadSeriesVolume(summary.seriesId, 'measure');
      return { measurements: measureStructures(image, labels, classMap) };
    },
    'meshes.get': async ({ labelMapId, structureIds }) => {
      const meshes = await meshesOf(labelMapId, structureIds);
      return {
        meshes: meshes.map((m) => ({ structureId: m.structureId, label: m.label, pointsLps: bytesOf(m.pointsLps), triangles: bytesOf(m.triangles) })),
      };
    },
    'meshes.export': async ({ labelMapId, structureIds, format, outDir }) => {
      if (structureIds.length === 0) throw new OstendoError('INVALID_REQUEST', 'Choose at least one structure to export');
      const files = await exportMeshes(await meshesOf(labelMapId, structureIds), { format, outDir });
      ctx.library.audit('export', 'label_map', labelMapId, { format, structureIds, files });
      return { files };
    },
  };
}
