import path from 'node:path';
import { OstendoError } from '../../../shared/errors';
import { attachLabelFile } from '../../services/library/attachLabelFile';
import { listLabelMaps } from '../../services/library/labelMapStore';
import type { CliCommand } from '../command';
import { openLibraryFromArgs } from '../libraryFlag';
import { stringFlag } from '../parseArgs';

const USAGE = [
  'ostendo labels attach <seriesId> <labels.nii.gz> [--classes total|total_mr|builtin|FILE] [--library DIR] [--json]',
  'ostendo labels list <seriesId> [--library DIR] [--json]',
].join('\n');

export const labelsCommand: CliCommand = {
  name: 'labels',
  summary: 'Attach a label map file to a library series, or list a series’ label maps',
  usage: USAGE,
  async run(args, io) {
    const [action, seriesId, file] = args.positional;
    if ((action !== 'attach' && action !== 'list') || !seriesId || (action === 'attach' && !file)) {
      throw new OstendoError('INVALID_REQUEST', `Usage:\n${USAGE}`);
    }
    const library = openLibraryFromArgs(args);
    try {
      if (action === 'list') {
        const labelMaps = listLabelMaps(library, seriesId);
        if (args.flags.json) io.stdout(JSON.stringify({ labelMaps }, null, 2));
        else for (const l of labelMaps) io.stdout(`${l.labelMapId}  ${l.createdAt}  ${l.classes.length} structures  ${l.source}  (${l.provenance})`);
        return 0;
      }
      const summary = await attachLabelFile(library, seriesId, path.resolve(file), stringFlag(args, 'classes'));
      if (args.flags.json) io.stdout(JSON.stringify(summary, null, 2));
      else {
        io.stdout(`attached ${summary.labelMapId} to ${seriesId}: ${summary.classes.length} structures (${summary.source})`);
        io.stdout(summary.classes.map((c) => `${c.label}=${c.id}`).join(', '));
      }
      return 0;
    } finally {
      library.close();
    }
  },
};
