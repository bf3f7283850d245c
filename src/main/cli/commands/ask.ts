import { OstendoError } from '../../../shared/errors';
import { AssistantService, type AskResult } from '../../services/assistant/assistantService';
import { LlmModelManager } from '../../services/assistant/llm/llmModelManager';
import { readVolumeFile } from '../../services/imaging/volumeFiles';
import { resolveClassMap } from '../../services/anatomy/resolveClassMap';
import { labelValuesOf } from '../../services/segmentation/measure/measureDocument';
import { userModelsDir } from '../../services/appPaths';
import type { Volume } from '../../../shared/domain/volume';
import type { CliCommand } from '../command';
import { stringFlag } from '../parseArgs';
import { loadVolumeArg } from './info';

/** The `ostendo ask --json` document (the AssistantAnswer contract plus provenance and checks). */
export type AskDocument = Omit<AskResult, 'conversation'>;

export interface AskFilesOptions {
  classes?: string;
  /** GGUF path or a file name in the user's model folder; without it the answer is deterministic (no LLM). */
  model?: string;
  /** CPU threads for the LLM (default: one fewer than the cores, at most 4). */
  threads?: number;
  loadImage?: (arg: string) => Promise<Volume>;
  onToken?: (text: string) => void;
}

/**
 * One-shot ask on files: image + label map (+ optional GGUF) → action, grounded answer, facts. Loads and disposes
 * its own model. Service entry shared by the command and tests.
 */
export async function askFiles(imageArg: string, labelsPath: string, prompt: string, options: AskFilesOptions = {}): Promise<AskDocument> {
  const image = await (options.loadImage ?? ((a: string) => readVolumeFile(a)))(imageArg);
  const labels = await readVolumeFile(labelsPath, { modality: 'SEG', unit: 'label' });
  const classMap = resolveClassMap(options.classes, labelValuesOf(labels));
  const manager = new LlmModelManager({ modelFolders: [userModelsDir()], maxThreads: options.threads });
  try {
    const service = new AssistantService(manager);
    const { conversation: _conversation, ...answer } = await service.ask({ image, labels, classMap, prompt, modelPath: options.model, onToken: options.onToken });
    return answer;
  } finally {
    await manager.dispose();
  }
}

export const askCommand: CliCommand = {
  name: 'ask',
  summary: 'Ask the assistant about a segmented scan: scene action plus an answer grounded in measurements',
  usage: 'ostendo ask <image> --labels <labels-file> [--classes total|total_mr|builtin|FILE] [--model file.gguf] [--threads N] "<prompt>" [--json]',
  async run(args, io) {
    const [imageArg, ...rest] = args.positional;
    const labelsPath = stringFlag(args, 'labels');
    const prompt = rest.join(' ').trim();
    if (!imageArg || !labelsPath || !prompt) throw new OstendoError('INVALID_REQUEST', `Usage: ${askCommand.usage}`);
    const threadsFlag = stringFlag(args, 'threads');
    const threads = threadsFlag === undefined ? undefined : Number(threadsFlag);
    if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) throw new OstendoError('INVALID_REQUEST', `--threads must be a positive integer, got ${threadsFlag}`);
    const doc = await askFiles(imageArg, labelsPath, prompt, {
      classes: stringFlag(args, 'classes'),
      model: stringFlag(args, 'model'),
      threads,
      loadImage: (a) => loadVolumeArg(a, args),
    });
    if (args.flags.json === true) {
      io.stdout(JSON.stringify(doc));
      return 0;
    }
    const lines = [
      `Action: ${doc.action.intent}${doc.action.structures.length ? ` ${doc.action.structures.join(', ')}` : ''}${doc.action.absent.length ? ` (absent: ${doc.action.absent.join(', ')})` : ''}`,
      '',
      doc.text,
      '',
      doc.provenance,
    ];
    if (doc.flaggedNumbers.length > 0) lines.push(`Removed unverified numbers: ${doc.flaggedNumbers.join(', ')}`);
    if (doc.flaggedStructures.length > 0) lines.push(`Removed mentions of absent structures: ${doc.flaggedStructures.join(', ')}`);
    io.stdout(lines.join('\n'));
    return 0;
  },
};
