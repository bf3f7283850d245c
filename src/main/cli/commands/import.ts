import path from 'node:path';
import { OstendoError } from '../../../shared/errors';
import type { Modality } from '../../../shared/domain/volume';
import { importPaths } from '../../services/library/importPaths';
import type { CliCommand } from '../command';
import { openLibraryFromArgs } from '../libraryFlag';
import { stringFlag } from '../parseArgs';

const MODALITIES: Modality[] = ['CT', 'MR', 'PT', 'OT'];

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import DICOM folders/files, NIfTI, NRRD or MHA into the library',
  usage: 'ostendo import <path...> [--library DIR] [--modality CT|MR] [--json]\n  exit 0: all imported, 2: some inputs skipped, 1: failure',
  async run(args, io) {
    if (args.positional.length === 0) throw new OstendoError('INVALID_REQUEST', 'import needs at least one path');
    const modality = stringFlag(args, 'modality')?.toUpperCase();
    if (modality && !MODALITIES.includes(modality as Modality)) throw new OstendoError('INVALID_REQUEST', `--modality must be one of ${MODALITIES.join(', ')}`);
    const library = openLibraryFromArgs(args);
    try {
      const result = await importPaths(library, args.positional.map((p) => path.resolve(p)), { volumeModality: modality as Modality | undefined });
      if (args.flags.json) {
        // `size` is the CLI contract's name for the voxel counts (i, j, k)
        const imported = result.imported.map((s) => ({ ...s, size: s.sizeIjk }));
        io.stdout(JSON.stringify({ imported, skipped: result.skipped }, null, 2));
      }
      if (!args.flags.json) {
        for (const s of result.imported) {
          io.stdout(`${s.newlyAdded ? 'imported' : 'already in library'}  ${s.id}  ${s.modality}  ${s.sizeIjk.join('x')}  ${s.spacingMm.map((v) => v.toFixed(3)).join(' x ')} mm  ${s.description}`);
        }
        for (const s of result.skipped) io.stdout(`skipped  ${s.path}: ${s.reason} [${s.code}]`);
        io.stdout(`${result.imported.length} series imported, ${result.skipped.length} inputs skipped`);
      }
      if (result.imported.length === 0 && result.skipped.length > 0) return 1;
      return result.skipped.length > 0 ? 2 : 0;
    } finally {
      library.close();
    }
  },
};
