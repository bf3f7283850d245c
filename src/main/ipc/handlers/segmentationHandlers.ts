import { OstendoError } from '../../../shared/errors';
import type { ClassMap } from '../../../shared/domain/labels';
import type { Volume } from '../../../shared/domain/volume';
import type { Handlers } from '../dispatch';
import type { AppContext } from '../appContext';
import { addLabelMap, deleteLabelMap, getLabelMapSummary, loadLabelMap } from '../../services/library/labelMapStore';
import { listSegmentationModels } from '../../services/segmentation/models/listModels';
import { modelSearchFolders } from '../../services/segmentation/models/modelFolders';
import { segmentVolume } from '../../services/segmentation/segmentService';
import { addStructure, regionGrow, type LabelVoxels } from '../../services/segmentation/regionGrow';
import { distinctColor } from '../../../shared/anatomy';

type SegmentationHandlers = Pick<Handlers, 'segmentation.models' | 'segmentation.run' | 'segmentation.regionGrow' | 'segmentation.undo'>;

function regionId(name: string, classMap: ClassMap): string {
  const base = `region_${name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'grown'}`;
  let id = base;
  for (let n = 2; classMap.classes.some((c) => c.id === id); n++) id = `${base}_${n}`;
  return id;
}

export function segmentationHandlers(ctx: AppContext): SegmentationHandlers {
  const folders = (): string[] => modelSearchFolders(ctx.userModelsDir);
  return {
    'segmentation.models': async () => {
      const doc = await listSegmentationModels({ folders: folders() });
      return {
        models: doc.models.map((m) => ({
          id: m.id, name: m.name, version: m.version, licence: m.licence, modality: m.modality,
          builtin: m.kind === 'builtin', valid: m.valid, problem: m.problem, structures: m.structures,
        })),
        providers: doc.providers.map((p) => ({ provider: p.provider, available: p.available, reason: p.reason })),
      };
    },
    'segmentation.run': async ({ seriesId, modelId, provider }) => ({
      jobId: ctx.jobs.start('segmentation', async ({ signal, progress }) => {
        const image = ctx.library.loadSeriesVolume(seriesId, 'segment');
        const outcome = await segmentVolume(image, { model: modelId, provider, modelsDir: ctx.userModelsDir, signal, onProgress: progress });
        const provenance = JSON.stringify({ model: outcome.model, version: outcome.version, provider: outcome.provider, seconds: outcome.seconds });
        const summary = addLabelMap(ctx.library, seriesId, { kind: 'segmentation', classMap: outcome.classMap, provenance, labels: outcome.labels });
        return { labelMap: summary, provider: outcome.provider, seconds: outcome.seconds, warnings: outcome.warnings };
      }),
    }),
    'segmentation.regionGrow': async ({ seriesId, labelMapId, seedIjk, toleranceHu, name }) => {
      const image = ctx.library.loadSeriesVolume(seriesId, 'region-grow');
      const grown = regionGrow(image, seedIjk, { tolerance: toleranceHu });
      let base: { labels: Volume<LabelVoxels>; classMap: ClassMap };
      if (labelMapId) {
        const loaded = loadLabelMap(ctx.library, labelMapId);
        if (loaded.summary.seriesId !== seriesId) throw new OstendoError('INVALID_REQUEST', 'That label map belongs to another series');
        if (!(loaded.labels.voxels instanceof Uint8Array || loaded.labels.voxels instanceof Uint16Array)) {
          throw new OstendoError('INVALID_LABELS', 'Regions can be added to 8- or 16-bit label maps only');
        }
        base = { labels: loaded.labels as Volume<LabelVoxels>, classMap: loaded.classMap };
      } else {
        base = { labels: { ...image, voxels: new Uint8Array(image.voxels.length), modality: 'SEG', unit: 'label' }, classMap: { source: 'regions', classes: [] } };
      }
      const id = regionId(name, base.classMap);
      const added = addStructure(base.labels, base.classMap, grown.mask, { id, name, color: distinctColor(base.classMap.classes.length + 7) });
      const provenance = JSON.stringify({ regionGrow: { seedIjk, toleranceHu, voxels: grown.voxelCount, reference: grown.reference }, from: labelMapId ?? null });
      return addLabelMap(ctx.library, seriesId, { kind: 'region', classMap: added.classMap, provenance, labels: added.labels });
    },
    'segmentation.undo': async ({ labelMapId }) => {
      const summary = getLabelMapSummary(ctx.library, labelMapId);
      // only edits are undone; a model's or a file's label map is deleted through the library
      const kind = ctx.library.db.prepare('SELECT kind FROM label_maps WHERE id = ?').get(summary.labelMapId) as { kind: string };
      if (kind.kind !== 'region') throw new OstendoError('INVALID_REQUEST', 'Only a region-growing edit can be undone');
      return { deleted: deleteLabelMap(ctx.library, labelMapId) };
    },
  };
}
