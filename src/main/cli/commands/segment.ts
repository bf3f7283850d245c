import { OstendoError } from '../../../shared/errors';
import { segmentToFile } from '../../services/segmentation/segmentService';
import type { CliCommand } from '../command';
import { stringFlag } from '../parseArgs';
import { loadVolumeArg } from './info';

export const segmentCommand: CliCommand = {
  name: 'segment',
  summary: 'Segment an image with an installed model package or a built-in segmenter; writes a label map on its grid',
  usage: 'ostendo segment <image-file|dicom-folder|seriesId> --model <id|builtin:NAME> --out <labels.nii.gz> [--provider cpu|cuda|dml|coreml|webgpu] [--threads N] [--models-dir DIR] [--library DIR] [--json]',
  async run(args, io) {
    const input = args.positional[0];
    const model = stringFlag(args, 'model');
    const out = stringFlag(args, 'out');
    if (!input || !model || !out) throw new OstendoError('INVALID_REQUEST', `Usage: ${segmentCommand.usage}`);
    const threadsFlag = stringFlag(args, 'threads');
    const threads = threadsFlag === undefined ? undefined : Number(threadsFlag);
    if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) throw new OstendoError('INVALID_REQUEST', `--threads must be a positive integer, got ${threadsFlag}`);
    const json = args.flags.json === true;
    let lastTenth = -1;
    const outcome = await segmentToFile({
      input,
      model,
      out,
      provider: stringFlag(args, 'provider'),
      threads,
      modelsDir: stringFlag(args, 'models-dir'),
      loadSeriesVolume: (id) => loadVolumeArg(id, args),
      onProgress: (fraction, message) => {
        const tenth = Math.floor(fraction * 10);
        if (!json && tenth !== lastTenth) {
          lastTenth = tenth;
          io.stderr(`${Math.round(fraction * 100)}% ${message ?? ''}`);
        }
      },
    });
    for (const w of outcome.warnings) if (!json) io.stderr(w);
    const doc = outcome.document;
    if (json) io.stdout(JSON.stringify(doc));
    else {
      io.stdout(`${doc.model} on ${doc.provider}: ${doc.seconds.toFixed(1)} s → ${doc.output}`);
      io.stdout(`${doc.structures.length} structures: ${doc.structures.map((s) => `${s.label}=${s.id}`).join(', ')}`);
    }
    return 0;
  },
};
