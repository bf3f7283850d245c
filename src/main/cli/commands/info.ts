import fs from 'node:fs';
import path from 'node:path';
import { OstendoError } from '../../../shared/errors';
import type { Volume } from '../../../shared/domain/volume';
import { dataTypeOf, minMax } from '../../../shared/domain/volume';
import { isVolumeFileName, readVolumeFile } from '../../services/imaging/volumeFiles';
import { readDicomSeries } from '../../services/imaging/readDicomSeries';
import type { CliCommand, ParsedArgs } from '../command';
import { openLibraryFromArgs } from '../libraryFlag';

/** The `ostendo info --json` document (a contract: add fields, never rename). */
export interface VolumeInfoDocument {
  modality: string;
  size: [number, number, number];
  spacingMm: [number, number, number];
  originLps: [number, number, number];
  direction: number[];
  dataType: string;
  minValue: number;
  maxValue: number;
  unit: string;
}

export function describeVolume(volume: Volume): VolumeInfoDocument {
  const g = volume.geometry;
  const range = minMax(volume.voxels);
  return {
    modality: volume.modality,
    size: g.sizeIjk,
    spacingMm: g.spacingMm,
    originLps: g.originLps,
    direction: [...g.direction],
    dataType: dataTypeOf(volume.voxels),
    minValue: range.min,
    maxValue: range.max,
    unit: volume.unit,
  };
}

/** Resolve `<file|folder|seriesId>` to a volume: a path on disk wins; otherwise a library series id. */
export async function loadVolumeArg(target: string, args: ParsedArgs): Promise<Volume> {
  if (fs.existsSync(target)) {
    const abs = path.resolve(target);
    if (fs.statSync(abs).isDirectory()) return (await readDicomSeries(abs)).volume;
    if (isVolumeFileName(abs)) return readVolumeFile(abs);
    return (await readDicomSeries([abs])).volume;
  }
  if (!/^se_[0-9a-f]+$/.test(target)) throw new OstendoError('NOT_FOUND', `${target}: no such file, folder or series id`);
  const library = openLibraryFromArgs(args);
  try {
    return library.loadSeriesVolume(target, 'open-cli');
  } finally {
    library.close();
  }
}

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'Geometry (LPS mm), data type and value range of a file, DICOM folder or library series',
  usage: 'ostendo info <file|folder|seriesId> [--library DIR] [--json]',
  async run(args, io) {
    const target = args.positional[0];
    if (!target) throw new OstendoError('INVALID_REQUEST', 'info needs a file, folder or series id');
    const doc = describeVolume(await loadVolumeArg(target, args));
    if (args.flags.json) io.stdout(JSON.stringify(doc, null, 2));
    else {
      io.stdout(`modality   ${doc.modality} (${doc.unit})`);
      io.stdout(`size       ${doc.size.join(' x ')} voxels (i, j, k)`);
      io.stdout(`spacing    ${doc.spacingMm.join(' x ')} mm`);
      io.stdout(`origin     ${doc.originLps.map((v) => v.toFixed(3)).join(', ')} mm (LPS)`);
      io.stdout(`direction  ${doc.direction.map((v) => v.toFixed(4)).join(' ')}`);
      io.stdout(`data       ${doc.dataType}, ${doc.minValue} .. ${doc.maxValue}`);
    }
    return 0;
  },
};
