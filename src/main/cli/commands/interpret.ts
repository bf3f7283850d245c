import { displayNameOf } from '../../../shared/anatomy';
import type { SceneAction } from '../../../shared/domain/sceneAction';
import { OstendoError } from '../../../shared/errors';
import { presentStructuresFromArg } from '../../services/anatomy/presentStructures';
import { interpret } from '../../services/assistant/interpreter/interpret';
import type { CliCommand, ParsedArgs } from '../command';

function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  if (v === true) throw new OstendoError('INVALID_REQUEST', `--${name} needs a value`);
  return v === false ? undefined : v;
}

export interface InterpretPromptOptions {
  prompt: string;
  /** comma-separated structure ids, or a label-map file */
  structures: string;
  /** 'total' | 'total_mr' | 'builtin' | JSON file, naming a label-map file's labels */
  classes?: string;
}

/** The CLI's core: resolve the present structures, then interpret the prompt against them. */
export async function interpretPrompt(options: InterpretPromptOptions): Promise<SceneAction> {
  const present = await presentStructuresFromArg(options.structures, options.classes);
  return interpret(options.prompt, present.ids);
}

function describeAction(action: SceneAction): string {
  const names = (ids: string[]) => ids.map(displayNameOf).join(', ');
  const lines = [`intent: ${action.intent}`];
  if (action.structures.length > 0) lines.push(`structures: ${names(action.structures)}  [${action.structures.join(', ')}]`);
  if (action.absent.length > 0) lines.push(`not present: ${names(action.absent)}  [${action.absent.join(', ')}]`);
  return lines.join('\n');
}

export const interpretCommand: CliCommand = {
  name: 'interpret',
  summary: 'Turn a prompt into a scene action {intent, structures, absent} without an LLM',
  usage: 'ostendo interpret --structures <id,id,...|labels-file> [--classes total|total_mr|builtin|FILE] "<prompt>" [--json]',
  booleanFlags: ['json'],
  async run(args, io) {
    const prompt = args.positional.join(' ').trim();
    if (prompt === '') throw new OstendoError('INVALID_REQUEST', 'interpret needs a prompt, e.g. ostendo interpret --structures liver,spleen "isolate the spleen"');
    const structures = stringFlag(args, 'structures');
    if (!structures) throw new OstendoError('INVALID_REQUEST', 'interpret needs --structures <id,id,...|labels-file>');
    const action = await interpretPrompt({ prompt, structures, classes: stringFlag(args, 'classes') });
    if (args.flags.json) io.stdout(JSON.stringify({ intent: action.intent, structures: action.structures, absent: action.absent }));
    else io.stdout(describeAction(action));
    return 0;
  },
};
