import * as ort from 'onnxruntime-node';
import { OstendoError } from '../../../../shared/errors';
import type { Vec3 } from '../../../../shared/domain/geometry';
import { providerOrder, type ExecutionProvider, type SkippedProvider } from './providers';

// Provider probing makes onnxruntime print an error for every provider that cannot load (e.g. CUDA libraries not
// installed); those reasons reach the caller through `skipped`, so the global logger only reports fatal errors.
ort.env.logLevel = 'fatal';

export interface OpenSessionOptions {
  /** Use only this provider (no fallback); throws PROVIDER_UNAVAILABLE if it cannot start. */
  provider?: ExecutionProvider;
  /** intra-op threads; default: onnxruntime's choice (all cores). */
  threads?: number;
  /** Called once per provider that could not start, with onnxruntime's message. */
  onSkip?: (skipped: SkippedProvider) => void;
}

/** An onnxruntime session with the provider that really runs it. Dispose with `release()`. */
export interface ModelSession {
  provider: ExecutionProvider;
  skipped: SkippedProvider[];
  inputName: string;
  outputName: string;
  /** Run one patch [1,1,k,j,i]; returns the first output's data as float32 and its dims. */
  runPatch(patch: Float32Array, dimsKji: Vec3): Promise<{ data: Float32Array; dims: readonly number[] }>;
  release(): Promise<void>;
}

/**
 * Open a session trying each provider ALONE, best first. onnxruntime-node throws for `['cuda','cpu']` when
 * CUDA is missing instead of falling back, so a list would hide which provider runs; one at a time we know.
 */
export async function openModelSession(modelPath: string, options: OpenSessionOptions = {}): Promise<ModelSession> {
  const order = options.provider ? [options.provider] : providerOrder();
  const skipped: SkippedProvider[] = [];
  for (const provider of order) {
    let session: ort.InferenceSession;
    try {
      session = await ort.InferenceSession.create(modelPath, {
        executionProviders: [provider],
        graphOptimizationLevel: 'all',
        // a provider that cannot load is reported through `skipped`; keep onnxruntime's own console error quiet
        logSeverityLevel: 4,
        ...(options.threads ? { intraOpNumThreads: options.threads, interOpNumThreads: 1 } : {}),
      });
    } catch (e) {
      const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      const s = { provider, reason };
      skipped.push(s);
      options.onSkip?.(s);
      continue;
    }
    return wrapSession(session, provider, skipped);
  }
  const reasons = skipped.map((s) => `${s.provider}: ${s.reason}`).join('; ');
  throw new OstendoError('PROVIDER_UNAVAILABLE', options.provider ? `Execution provider '${options.provider}' could not start: ${reasons}` : `No execution provider could start: ${reasons}`);
}

function wrapSession(session: ort.InferenceSession, provider: ExecutionProvider, skipped: SkippedProvider[]): ModelSession {
  const inputName = session.inputNames[0];
  const outputName = session.outputNames[0];
  if (!inputName || !outputName) throw new OstendoError('MODEL_INVALID', 'The ONNX model has no input or no output');
  return {
    provider,
    skipped,
    inputName,
    outputName,
    async runPatch(patch, dimsKji) {
      const input = new ort.Tensor('float32', patch, [1, 1, ...dimsKji]);
      let result: ort.InferenceSession.ReturnType;
      try {
        result = await session.run({ [inputName]: input });
      } catch (e) {
        throw new OstendoError('INFERENCE_FAILED', `onnxruntime (${provider}) failed on a ${dimsKji.join('x')} patch: ${e instanceof Error ? e.message : String(e)}`);
      }
      const out = result[outputName];
      if (!out) throw new OstendoError('INFERENCE_FAILED', `Model produced no '${outputName}' output`);
      const data = out.type === 'float32' ? (out.data as Float32Array) : Float32Array.from(out.data as ArrayLike<number | bigint>, Number);
      return { data, dims: out.dims };
    },
    release: () => session.release(),
  };
}
