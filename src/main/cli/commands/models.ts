import { listSegmentationModels } from '../../services/segmentation/models/listModels';
import { modelSearchFolders } from '../../services/segmentation/models/modelFolders';
import type { CliCommand } from '../command';
import { stringFlag } from '../parseArgs';

export const modelsCommand: CliCommand = {
  name: 'models',
  summary: 'Installed segmentation models (packages and built-ins) with licence and validity, and the execution providers that start here',
  usage: 'ostendo models [--models-dir DIR] [--verify] [--json]',
  booleanFlags: ['verify'],
  async run(args, io) {
    const doc = await listSegmentationModels({ folders: modelSearchFolders(stringFlag(args, 'models-dir')), check: args.flags.verify === true ? 'hashes' : 'sizes' });
    if (args.flags.json === true) {
      io.stdout(JSON.stringify(doc));
      return 0;
    }
    for (const m of doc.models) {
      const status = m.valid ? 'ok' : `REFUSED: ${m.problem ?? 'invalid'}`;
      io.stdout(`${m.id}  ${m.name} ${m.version} [${m.modality}, ${m.structures.length} structures${m.parts > 1 ? `, ${m.parts} parts` : ''}] licence ${m.licence.name}  ${status}`);
    }
    io.stdout('');
    for (const p of doc.providers) io.stdout(`provider ${p.provider}: ${p.available ? 'available' : `unavailable (${p.reason ?? 'unknown'})`}`);
    return 0;
  },
};
