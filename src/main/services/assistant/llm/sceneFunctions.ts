import { defineChatSessionFunction, type ChatSessionModelFunction } from 'node-llama-cpp';
import type { SceneAction } from '../../../../shared/domain/sceneAction';

/** Intents the LLM may propose through function calls ('segment' and 'unknown' stay with the interpreter). */
export const LLM_INTENTS = ['isolate', 'show', 'hide', 'reset', 'measure', 'explain', 'locate', 'list'] as const;
export type LlmIntent = (typeof LLM_INTENTS)[number];

const DESCRIPTIONS: Record<LlmIntent, string> = {
  isolate: 'Show only these structures in the 2D and 3D views; hide everything else.',
  show: 'Make these structures visible in addition to what is shown.',
  hide: 'Hide these structures.',
  reset: 'Show all structures again and reset the view.',
  measure: 'Report measurements (volume, density, size) of these structures.',
  explain: 'Explain what these structures are, with their measurements.',
  locate: 'Centre the views on these structures.',
  list: 'List the structures present in the segmentation.',
};

const NEEDS_STRUCTURES: ReadonlySet<LlmIntent> = new Set(['isolate', 'show', 'hide', 'measure', 'explain', 'locate']);

/**
 * Scene functions whose `structures` argument is a JSON-schema enum of the ids PRESENT in the segmentation, so
 * grammar-constrained decoding cannot name anything else. Handlers are never run: calls are proposals that the
 * assistant validates (see `proposalFromCall`). With no structures present only reset/list are offered.
 */
export function buildSceneFunctions(presentIds: readonly string[]): Record<string, ChatSessionModelFunction> {
  const fns: Record<string, ChatSessionModelFunction> = {};
  const ids = [...new Set(presentIds)];
  for (const intent of LLM_INTENTS) {
    if (NEEDS_STRUCTURES.has(intent)) {
      if (ids.length === 0) continue;
      fns[intent] = defineChatSessionFunction({
        description: DESCRIPTIONS[intent],
        params: {
          type: 'object',
          properties: { structures: { type: 'array', items: { enum: ids }, minItems: 1, maxItems: ids.length } },
        },
        handler: () => 'done',
      }) as unknown as ChatSessionModelFunction;
    } else {
      fns[intent] = defineChatSessionFunction({ description: DESCRIPTIONS[intent], handler: () => 'done' }) as ChatSessionModelFunction;
    }
  }
  return fns;
}

function isLlmIntent(name: string): name is LlmIntent {
  return (LLM_INTENTS as readonly string[]).includes(name);
}

/**
 * Turn one model function call into a SceneAction, re-checking it (the grammar constrains decoding, but a call
 * is model output and is parsed like any other input). Returns null when it names no usable intent/structure.
 */
export function proposalFromCall(call: { functionName: string; params: unknown }, presentIds: readonly string[]): SceneAction | null {
  if (!isLlmIntent(call.functionName)) return null;
  const present = new Set(presentIds);
  const raw = typeof call.params === 'object' && call.params !== null ? (call.params as { structures?: unknown }).structures : undefined;
  const named = Array.isArray(raw) ? raw.filter((s): s is string => typeof s === 'string') : [];
  const structures = [...new Set(named.filter((s) => present.has(s)))];
  if (NEEDS_STRUCTURES.has(call.functionName) && structures.length === 0) return null;
  return { intent: call.functionName, structures, absent: [] };
}
