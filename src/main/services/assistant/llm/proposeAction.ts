import type { ChatHistoryItem } from 'node-llama-cpp';
import { displayNameOf } from '../../../../shared/anatomy';
import type { SceneAction } from '../../../../shared/domain/sceneAction';
import type { LocalLlm } from './localLlm';
import { buildSceneFunctions, proposalFromCall } from './sceneFunctions';

export interface Proposal {
  /** The validated action the model proposed, or null when it proposed nothing usable. */
  action: SceneAction | null;
  /** Any text the model wrote besides the call. */
  text: string;
  /** The conversation history including this turn (keep it for the next turn). */
  history: ChatHistoryItem[];
}

/** System message for the function-calling turn: the structures present, by id and display name. */
export function sceneSystemPrompt(presentIds: readonly string[]): string {
  const listing = presentIds.map((id) => `${id} (${displayNameOf(id)})`).join(', ');
  return (
    'You operate the viewer of a medical imaging workstation. For each request call exactly one function. ' +
    'Refer to structures only by the ids listed. Words like "it", "them" or "too" refer to the structures of the previous turns.\n' +
    `Structures present in this segmentation: ${listing || 'none'}.`
  );
}

/**
 * One conversation turn through function calling: the model sees the scene functions (structure ids constrained to
 * `presentIds`) and the previous turns, and its first call becomes the proposal. The system message is refreshed
 * every turn so a changed segmentation is reflected.
 */
export async function proposeAction(
  llm: LocalLlm,
  previous: readonly ChatHistoryItem[],
  prompt: string,
  presentIds: readonly string[],
  options: { signal?: AbortSignal; onToken?: (text: string) => void } = {},
): Promise<Proposal> {
  const turns = previous.filter((item) => item.type !== 'system');
  const history: ChatHistoryItem[] = [{ type: 'system', text: sceneSystemPrompt(presentIds) }, ...turns, { type: 'user', text: prompt }];
  const result = await llm.generate(history, {
    functions: buildSceneFunctions(presentIds),
    signal: options.signal,
    onTextChunk: options.onToken,
    maxTokens: 160,
  });
  const first = result.functionCalls[0];
  return { action: first ? proposalFromCall(first, presentIds) : null, text: result.text.trim(), history: result.history };
}
