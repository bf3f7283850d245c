import { OstendoError } from '../../../shared/errors';
import { readVolumeFile } from '../../services/imaging/volumeFiles';
import { resolveClassMap } from '../../services/anatomy/resolveClassMap';
import { formatMeasureTable, labelValuesOf, measureDocument, type MeasureDocument } from '../../services/segmentation/measure/measureDocument';
import type { CliCommand } from '../command';
import { stringFlag } from '../parseArgs';
import { loadVolumeArg } from './info';

/**
 * Measure every structure of a label map on its image. The label map must be on the image grid (GRID_MISMATCH
 * otherwise). Service entry shared by the command and tests.
 */
export async function measureFiles(imageArg: string, labelsPath: string, classesArg: string | undefined, loadImage: (arg: string) => Promise<Awaited<ReturnType<typeof readVolumeFile>>> = (a) => readVolumeFile(a)): Promise<MeasureDocument> {
  const image = await loadImage(imageArg);
  const labels = await readVolumeFile(labelsPath, { modality: 'SEG', unit: 'label' });
  const classMap = resolveClassMap(classesArg, labelValuesOf(labels));
  return measureDocument(image, labels, classMap);
}

export const measureCommand: CliCommand = {
  name: 'measure',
  summary: 'Volume, intensity statistics, position and size of every structure in a label map',
  usage: 'ostendo measure <image> --labels <labels-file> [--classes total|total_mr|builtin|FILE] [--json]',
  async run(args, io) {
    const imageArg = args.positional[0];
    const labelsPath = stringFlag(args, 'labels');
    if (!imageArg || !labelsPath) throw new OstendoError('INVALID_REQUEST', `Usage: ${measureCommand.usage}`);
    const doc = await measureFiles(imageArg, labelsPath, stringFlag(args, 'classes'), (a) => loadVolumeArg(a, args));
    io.stdout(args.flags.json === true ? JSON.stringify(doc) : formatMeasureTable(doc).trimEnd());
    return 0;
  },
};
