import os from 'node:os';
import {
  getLlama,
  LlamaChat,
  LlamaLogLevel,
  type ChatHistoryItem,
  type ChatSessionModelFunction,
  type Llama,
  type LlamaContext,
  type LlamaModel,
} from 'node-llama-cpp';
import { OstendoError } from '../../../../shared/errors';
import { validateGguf, type GgufSummary } from './validateGguf';

export type LlmDevice = 'gpu' | 'cpu';

export interface LocalLlmOptions {
  modelPath: string;
  /** CPU threads for evaluation. Default `defaultLlmThreads()`. */
  maxThreads?: number;
  /** 'auto' offloads to a GPU backend when one is usable; false forces CPU. Default 'auto'. */
  gpu?: 'auto' | false;
  /** Context window in tokens. Default 8192 (capped by the model's own context_length). */
  contextSize?: number;
  signal?: AbortSignal;
}

/**
 * One core fewer than the machine has, at most 4 (1 on a 2-core machine). Measured here (bench/assistant-llm.ts):
 * on 2 busy cores, 2 threads gave 8 tokens/s against 1333 with 1 thread; oversubscribed llama.cpp threads spin.
 */
export function defaultLlmThreads(): number {
  return Math.max(1, Math.min(4, os.availableParallelism() - 1));
}

export interface GenerateOptions {
  functions?: Record<string, ChatSessionModelFunction>;
  signal?: AbortSignal;
  onTextChunk?: (text: string) => void;
  /** Default 256. */
  maxTokens?: number;
}

export interface GenerateResult {
  text: string;
  functionCalls: Array<{ functionName: string; params: unknown }>;
  /** The history with this turn's model response appended (function calls included). */
  history: ChatHistoryItem[];
  stopReason: string;
}

/**
 * One loaded GGUF chat model: llama.cpp backend, model weights and a single-sequence context. Generations are
 * serialised (one sequence); each call passes its whole history, and llama.cpp reuses the cached prefix.
 * Created only through `LocalLlm.load` (validates the file first); release with `dispose()`.
 */
export class LocalLlm {
  private queue: Promise<unknown> = Promise.resolve();
  private disposed = false;

  private constructor(
    readonly summary: GgufSummary,
    /** Where evaluation really runs: 'gpu' only if layers were offloaded to a real GPU device. */
    readonly device: LlmDevice,
    readonly gpuLayers: number,
    readonly gpuDeviceNames: string[],
    private readonly llama: Llama,
    private readonly model: LlamaModel,
    private readonly context: LlamaContext,
    private readonly chat: LlamaChat,
  ) {}

  get name(): string {
    return this.summary.name;
  }

  /**
   * Validate the GGUF header, then load it. Never builds llama.cpp from source (`build: 'never'`).
   * @throws OstendoError MODEL_NOT_FOUND, LLM_INVALID_MODEL (failed validation or llama.cpp refused it), CANCELLED
   */
  static async load(options: LocalLlmOptions): Promise<LocalLlm> {
    const summary = await validateGguf(options.modelPath, options.signal);
    const llama = await getLlama({ build: 'never', gpu: options.gpu ?? 'auto', maxThreads: options.maxThreads ?? defaultLlmThreads(), logLevel: LlamaLogLevel.error });
    let model: LlamaModel | undefined;
    try {
      model = await llama.loadModel({ modelPath: options.modelPath, loadSignal: options.signal });
      const contextSize = Math.min(options.contextSize ?? 8192, summary.contextLength);
      const context = await model.createContext({ contextSize, threads: options.maxThreads ?? defaultLlmThreads(), createSignal: options.signal });
      const chat = new LlamaChat({ contextSequence: context.getSequence() });
      const deviceNames = llama.gpu === false ? [] : await llama.getGpuDeviceNames();
      // gpu 'auto' can pick a backend (e.g. vulkan) with no device and still run on CPU: trust offloaded layers.
      const device: LlmDevice = model.gpuLayers > 0 && deviceNames.length > 0 ? 'gpu' : 'cpu';
      return new LocalLlm(summary, device, model.gpuLayers, deviceNames, llama, model, context, chat);
    } catch (e) {
      await model?.dispose().catch(() => undefined);
      await llama.dispose().catch(() => undefined);
      if (options.signal?.aborted) throw new OstendoError('CANCELLED', 'Model loading was cancelled');
      throw new OstendoError('LLM_INVALID_MODEL', `${summary.name} could not be loaded: ${e instanceof Error ? e.message : String(e)}`, { path: options.modelPath });
    }
  }

  /**
   * Generate the model's next response to `history` (its last item should be a user message). With `functions`,
   * generation stops as soon as the model has called one (the calls are returned, not executed).
   * @throws OstendoError LLM_NOT_LOADED after dispose, CANCELLED when `signal` aborts
   */
  generate(history: ChatHistoryItem[], options: GenerateOptions = {}): Promise<GenerateResult> {
    const run = async (): Promise<GenerateResult> => {
      if (this.disposed) throw new OstendoError('LLM_NOT_LOADED', 'The language model has been unloaded');
      if (options.signal?.aborted) throw new OstendoError('CANCELLED', 'Cancelled');
      try {
        const res = await this.chat.generateResponse([...history, { type: 'model', response: [] }], {
          functions: options.functions,
          onTextChunk: options.onTextChunk,
          signal: options.signal,
          maxTokens: options.maxTokens ?? 256,
          maxParallelFunctionCalls: 1,
          temperature: 0,
        } as Parameters<LlamaChat['generateResponse']>[1]);
        return {
          text: res.response,
          functionCalls: (res.functionCalls ?? []).map((c) => ({ functionName: c.functionName, params: c.params as unknown })),
          history: withCallResults(res.lastEvaluation.cleanHistory, res.functionCalls ?? []),
          stopReason: res.metadata.stopReason,
        };
      } catch (e) {
        if (options.signal?.aborted) throw new OstendoError('CANCELLED', 'Generation was cancelled');
        throw e;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Free the context, the weights and the backend. Safe to call twice. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.queue.catch(() => undefined);
    this.chat.dispose();
    await this.context.dispose();
    await this.model.dispose();
    await this.llama.dispose();
  }

  get isDisposed(): boolean {
    return this.disposed;
  }
}

/**
 * LlamaChat returns calls without executing them; record each as a function call item with a fixed result so the
 * next turn's history shows the model what it did ("and the spleen too" needs that context).
 */
function withCallResults(history: ChatHistoryItem[], calls: ReadonlyArray<{ functionName: string; params: unknown }>): ChatHistoryItem[] {
  if (calls.length === 0) return history;
  const out = history.slice();
  const last = out[out.length - 1];
  const callItems = calls.map((c) => ({ type: 'functionCall' as const, name: c.functionName, params: c.params, result: 'done' }));
  if (last?.type === 'model') {
    const kept = last.response.filter((r) => typeof r !== 'object' || r.type !== 'functionCall');
    out[out.length - 1] = { type: 'model', response: [...kept, ...callItems] };
  } else out.push({ type: 'model', response: callItems });
  return out;
}
