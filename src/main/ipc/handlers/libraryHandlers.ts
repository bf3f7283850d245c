import { minMax, dataTypeOf } from '../../../shared/domain/volume';
import { OstendoError } from '../../../shared/errors';
import type { Handlers } from '../dispatch';
import type { AppContext } from '../appContext';
import { importPaths } from '../../services/library/importPaths';

type LibraryHandlers = Pick<Handlers, 'library.import' | 'library.list' | 'library.deleteSeries' | 'dialog.pickImportPaths' | 'dialog.pickLabelFile' | 'dialog.pickExportFolder' | 'volume.open' | 'volume.voxels' | 'jobs.cancel'>;

/** Keep at most this many volumes in memory (a 512x512x1000 int16 CT is 500 MB). */
const MAX_OPEN_VOLUMES = 2;

export function libraryHandlers(ctx: AppContext): LibraryHandlers {
  return {
    'library.import': async ({ paths }) => ({
      jobId: ctx.jobs.start('import', ({ signal, progress }) => importPaths(ctx.library, paths, { signal, onProgress: progress })),
    }),
    'library.list': async () => ({ patients: ctx.library.list() }),
    'library.deleteSeries': async ({ seriesId }) => {
      for (const [id, v] of ctx.openVolumes) if (v.seriesId === seriesId) ctx.openVolumes.delete(id);
      return { deleted: ctx.library.deleteSeries(seriesId) };
    },
    'dialog.pickImportPaths': async () => ({ paths: await ctx.pickImportPaths() }),
    'dialog.pickLabelFile': async () => ({ path: await ctx.pickLabelFile() }),
    'dialog.pickExportFolder': async () => ({ path: await ctx.pickExportFolder() }),
    'volume.open': async ({ seriesId }) => {
      const volume = ctx.library.loadSeriesVolume(seriesId);
      const volumeId = `vol_${seriesId}`;
      ctx.openVolumes.delete(volumeId);
      ctx.openVolumes.set(volumeId, { seriesId, volume });
      while (ctx.openVolumes.size > MAX_OPEN_VOLUMES) ctx.openVolumes.delete(ctx.openVolumes.keys().next().value as string);
      const range = minMax(volume.voxels);
      return {
        volumeId, seriesId, geometry: volume.geometry, modality: volume.modality, unit: volume.unit,
        dataType: dataTypeOf(volume.voxels), minValue: range.min, maxValue: range.max,
      };
    },
    'volume.voxels': async ({ volumeId }) => {
      const open = ctx.openVolumes.get(volumeId);
      if (!open) throw new OstendoError('NOT_FOUND', `Volume ${volumeId} is not open (call volume.open first)`);
      const v = open.volume.voxels;
      return { dataType: dataTypeOf(v), bytes: new Uint8Array(v.buffer, v.byteOffset, v.byteLength) };
    },
    'jobs.cancel': async ({ jobId }) => ({ cancelled: ctx.jobs.cancel(jobId) }),
  };
}
