import type { ChatHistoryItem } from 'node-llama-cpp';
import type { LocalLlm } from '../llm/localLlm';
import { checkNumbers } from './checkNumbers';
import { checkStructureNames } from './checkStructureNames';
import type { StructureFacts } from './structureFacts';
import { fmt } from './templatedAnswer';

export interface GroundedText {
  text: string;
  flaggedNumbers: string[];
  flaggedStructures: string[];
}

/** Facts as compact lines for the prompt, with the same rounding the checker accepts. */
export function factsForPrompt(facts: readonly StructureFacts[]): string {
  return facts
    .map((f) =>
      [
        `- ${f.name} (id ${f.id}): volume ${fmt.volumeMl(f.volumeMl)} mL; mean ${fmt.intensity(f.intensityMean)} ${f.intensityUnit}, SD ${fmt.intensity(f.intensitySd)};`,
        ` extent ${f.extentMm.map(fmt.mm).join(' x ')} mm; largest diameter ${fmt.mm(f.largestDiameterMm)} mm;`,
        f.position.length > 0 ? ` lies ${f.position.join(', ')} in the segmented region;` : '',
        f.touches.length > 0 ? ` touches ${f.touches.join(', ')};` : '',
        f.possiblyIncomplete ? ' reaches the scan edge (volume may be incomplete);' : '',
        f.description ? ` about: ${f.description}` : '',
      ].join(''),
    )
    .join('\n');
}

/**
 * Ask the LLM to explain using only `facts`, then check the answer: every number must match a fact (else it is
 * removed and listed), and sentences naming structures absent from the segmentation are dropped.
 * Streams raw chunks to `onToken`; callers must show the returned (checked) text as the final answer.
 */
export async function groundedExplanation(
  llm: LocalLlm,
  prompt: string,
  facts: readonly StructureFacts[],
  presentIds: readonly string[],
  options: { signal?: AbortSignal; onToken?: (text: string) => void; maxTokens?: number } = {},
): Promise<GroundedText> {
  const history: ChatHistoryItem[] = [
    {
      type: 'system',
      text:
        'You are the assistant of a medical imaging workstation. Answer the clinician briefly using ONLY the measured facts below. ' +
        'Copy numbers exactly as given, with their units. Do not mention any structure that is not listed. Do not diagnose.\n' +
        `Facts:\n${factsForPrompt(facts)}`,
    },
    { type: 'user', text: prompt },
  ];
  const result = await llm.generate(history, { signal: options.signal, onTextChunk: options.onToken, maxTokens: options.maxTokens ?? 300 });
  const numbers = checkNumbers(result.text.trim(), facts);
  const names = checkStructureNames(numbers.text, presentIds);
  return { text: names.text, flaggedNumbers: numbers.flaggedNumbers, flaggedStructures: names.flaggedStructures };
}
