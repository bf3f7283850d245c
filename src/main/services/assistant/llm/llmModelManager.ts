import path from 'node:path';
import { OstendoError } from '../../../../shared/errors';
import { discoverGgufFiles } from './discoverModels';
import { LocalLlm, type LocalLlmOptions } from './localLlm';

export type LlmState = 'none' | 'loading' | 'loaded' | 'error';

/** Mirrors the `assistant.status` IPC response. */
export interface LlmStatus {
  state: LlmState;
  model: string | null;
  device: string | null;
  gpuLayers: number;
  /** GGUF files found in the model folders (absolute paths). */
  available: string[];
  error?: string;
}

export interface LlmModelManagerOptions {
  /** Folders searched for *.gguf: the app's bundled models/ and the user's model folder. */
  modelFolders: string[];
  maxThreads?: LocalLlmOptions['maxThreads'];
  gpu?: LocalLlmOptions['gpu'];
  contextSize?: LocalLlmOptions['contextSize'];
}

/**
 * Owns at most one loaded LocalLlm and keeps it across asks. load() replaces the current model; unload() and
 * dispose() release it. Loads are serialised: a second load waits for the first.
 */
export class LlmModelManager {
  private llm: LocalLlm | null = null;
  private state: LlmState = 'none';
  private error: string | undefined;
  private pending: Promise<LocalLlm> | null = null;

  constructor(private readonly options: LlmModelManagerOptions) {}

  get current(): LocalLlm | null {
    return this.llm;
  }

  async status(): Promise<LlmStatus> {
    return {
      state: this.state,
      model: this.llm?.name ?? null,
      device: this.llm?.device ?? null,
      gpuLayers: this.llm?.gpuLayers ?? 0,
      available: await discoverGgufFiles(this.options.modelFolders),
      ...(this.error ? { error: this.error } : {}),
    };
  }

  /** A bare file name is looked up in the model folders; anything else is taken as a path. */
  async resolve(file: string): Promise<string> {
    if (path.isAbsolute(file) || file.includes('/') || file.includes('\\')) return path.resolve(file);
    const hit = (await discoverGgufFiles(this.options.modelFolders)).find((p) => path.basename(p) === file);
    if (!hit) throw new OstendoError('MODEL_NOT_FOUND', `No model named ${file} in ${this.options.modelFolders.join(', ')}`);
    return hit;
  }

  /**
   * Load `file` (validated first), replacing the current model. Returns the loaded model; loading the file that is
   * already loaded returns it unchanged.
   * @throws OstendoError MODEL_NOT_FOUND, LLM_INVALID_MODEL, CANCELLED (state becomes 'error' except on cancel)
   */
  async load(file: string, signal?: AbortSignal): Promise<LocalLlm> {
    const run = async (): Promise<LocalLlm> => {
      const modelPath = await this.resolve(file);
      if (this.llm && !this.llm.isDisposed && this.llm.summary.path === modelPath) return this.llm;
      await this.unload();
      this.state = 'loading';
      this.error = undefined;
      try {
        this.llm = await LocalLlm.load({ ...this.options, modelPath, signal });
        this.state = 'loaded';
        return this.llm;
      } catch (e) {
        const cancelled = e instanceof OstendoError && e.code === 'CANCELLED';
        this.state = cancelled ? 'none' : 'error';
        this.error = cancelled ? undefined : e instanceof Error ? e.message : String(e);
        throw e;
      }
    };
    const previous = this.pending ?? Promise.resolve();
    const next = previous.then(run, run);
    this.pending = next.catch(() => this.llm as LocalLlm);
    return next;
  }

  /** Release the loaded model. Returns false when none was loaded. */
  async unload(): Promise<boolean> {
    const llm = this.llm;
    this.llm = null;
    if (this.state !== 'error') this.state = 'none';
    if (!llm) return false;
    await llm.dispose();
    return true;
  }

  async dispose(): Promise<void> {
    await this.unload();
  }
}
