import { randomUUID } from 'node:crypto';
import type { ChatHistoryItem } from 'node-llama-cpp';
import { isCatalogued } from '../../../shared/anatomy';
import type { ClassMap } from '../../../shared/domain/labels';
import type { StructureMeasurement } from '../../../shared/domain/measurements';
import type { SceneAction } from '../../../shared/domain/sceneAction';
import type { Volume } from '../../../shared/domain/volume';
import type { AssistantAnswer } from '../../../shared/ipc/contract';
import { measureStructures } from '../segmentation/measure/measureStructures';
import { groundedExplanation } from './explain/groundedExplanation';
import { buildStructureFacts, type StructureFacts } from './explain/structureFacts';
import { templatedAnswer } from './explain/templatedAnswer';
import { interpret } from './interpreter/interpret';
import type { LlmModelManager } from './llm/llmModelManager';
import type { LocalLlm } from './llm/localLlm';
import { proposeAction } from './llm/proposeAction';

/** What the caller keeps between turns of one conversation ("and the spleen too", "now hide it"). */
export interface AssistantConversation {
  id: string;
  /** Structures of the last action that named any: what "it"/"them" refer to. */
  lastStructures: string[];
  /** The LLM's chat history (function calls included); empty when no LLM took part. */
  llmHistory: ChatHistoryItem[];
}

export interface AskInput {
  image: Volume;
  labels: Volume;
  classMap: ClassMap;
  prompt: string;
  /** Load this GGUF (through the manager) before answering; without it the manager's current model, if any, is used. */
  modelPath?: string;
  conversation?: AssistantConversation;
  /** Structures visible on screen now (what "explain what I'm seeing" refers to). */
  visibleIds?: string[];
  signal?: AbortSignal;
  /** Raw LLM text as it streams (unchecked): show the returned `text` as the final answer. */
  onToken?: (text: string) => void;
}

export interface AskResult extends Omit<AssistantAnswer, 'conversationId'> {
  facts: StructureFacts[];
  /** Ids of absent structures the LLM named; those sentences were removed. */
  flaggedStructures: string[];
  /** Who produced the answer from what: shown with every answer. */
  provenance: string;
  /** How the LLM's proposal compared with the deterministic interpreter. */
  crossCheck: 'llm-only' | 'agreed' | 'interpreter-preferred' | 'llm-invalid' | 'no-llm';
  conversation: AssistantConversation;
}

const FACT_INTENTS: ReadonlySet<SceneAction['intent']> = new Set(['explain', 'measure', 'locate']);

export function newConversation(): AssistantConversation {
  return { id: randomUUID(), lastStructures: [], llmHistory: [] };
}

/**
 * Choose between the LLM's proposal and the deterministic interpreter. The interpreter is the fallback (no valid
 * proposal) and the cross-check: when it understood the prompt, the proposal is taken only if it has the same
 * intent and shares a structure (the model may add ones the prompt implied); otherwise the prompt's literal
 * words win. The model's proposal alone decides only when the interpreter found nothing ('unknown').
 */
export function reconcileActions(llm: SceneAction | null, interpreted: SceneAction): { action: SceneAction; crossCheck: AskResult['crossCheck'] } {
  if (!llm) return { action: interpreted, crossCheck: 'llm-invalid' };
  const absent = interpreted.absent;
  // An unparsed prompt comes back whole as "absent"; keep only catalogued structures the user really named.
  if (interpreted.intent === 'unknown') return { action: { ...llm, absent: absent.filter(isCatalogued) }, crossCheck: 'llm-only' };
  const named = new Set(interpreted.structures);
  const overlap = named.size === 0 ? llm.structures.length === 0 : llm.structures.some((s) => named.has(s));
  if (llm.intent === interpreted.intent && overlap) return { action: { ...llm, absent }, crossCheck: 'agreed' };
  return { action: interpreted, crossCheck: 'interpreter-preferred' };
}

/**
 * The assistant: prompt + segmentation → scene action and a grounded answer. Keeps measurements per label map
 * (they do not change while a label map is unchanged) and uses the manager's loaded model across asks.
 */
export class AssistantService {
  private readonly measured = new WeakMap<Volume, StructureMeasurement[]>();

  constructor(private readonly manager: LlmModelManager) {}

  private measurementsOf(image: Volume, labels: Volume, classMap: ClassMap): StructureMeasurement[] {
    const cached = this.measured.get(labels);
    if (cached) return cached;
    const result = measureStructures(image, labels, classMap).filter((m) => m.voxels > 0);
    this.measured.set(labels, result);
    return result;
  }

  /**
   * Answer one prompt. Without a model: deterministic interpreter + templated text. With one: function-calling
   * proposal (validated, cross-checked) and, for explain/measure/locate, an LLM answer whose numbers and structure
   * names are checked against the facts.
   * @throws OstendoError CANCELLED, MODEL_NOT_FOUND / LLM_INVALID_MODEL (modelPath), GRID_MISMATCH (from measuring)
   */
  async ask(input: AskInput): Promise<AskResult> {
    const conversation = input.conversation ?? newConversation();
    const measurements = this.measurementsOf(input.image, input.labels, input.classMap);
    const presentIds = measurements.map((m) => m.id);
    const interpreted = interpret(input.prompt, presentIds, { lastStructures: conversation.lastStructures, visible: input.visibleIds });

    const llm: LocalLlm | null = input.modelPath ? await this.manager.load(input.modelPath, input.signal) : this.manager.current;
    let action = interpreted;
    let crossCheck: AskResult['crossCheck'] = 'no-llm';
    let llmHistory = conversation.llmHistory;
    if (llm) {
      const proposal = await proposeAction(llm, conversation.llmHistory, input.prompt, presentIds, { signal: input.signal });
      ({ action, crossCheck } = reconcileActions(proposal.action, interpreted));
      llmHistory = proposal.history;
    }

    const facts = buildStructureFacts(measurements, action.structures, input.image.unit);
    let text = templatedAnswer(action, facts, presentIds);
    let flaggedNumbers: string[] = [];
    let flaggedStructures: string[] = [];
    let llmWroteText = false;
    if (llm && FACT_INTENTS.has(action.intent) && facts.length > 0) {
      const grounded = await groundedExplanation(llm, input.prompt, facts, presentIds, { signal: input.signal, onToken: input.onToken });
      flaggedNumbers = grounded.flaggedNumbers;
      flaggedStructures = grounded.flaggedStructures;
      // A checked LLM answer that lost everything falls back to the templated facts.
      if (grounded.text.length > 0) {
        text = grounded.text;
        llmWroteText = true;
      }
    }
    const usedLlm = llm !== null && (crossCheck === 'agreed' || crossCheck === 'llm-only' || llmWroteText);
    const provenance = usedLlm
      ? `AI-generated by ${llm?.name ?? 'a local model'} (local) from measurements of segmentation "${input.classMap.source}"; numbers checked against the measurements.`
      : `Generated from measurements of segmentation "${input.classMap.source}" (no language model).`;
    return {
      action,
      text,
      facts,
      usedLlm,
      model: llm?.name ?? null,
      flaggedNumbers,
      flaggedStructures,
      provenance,
      crossCheck,
      conversation: {
        id: conversation.id,
        lastStructures: action.structures.length > 0 ? action.structures : conversation.lastStructures,
        llmHistory,
      },
    };
  }
}
