import * as ort from 'onnxruntime-node';
import { openModelSession } from './ortSession';
import { providerOrder, type ExecutionProvider } from './providers';

export interface ProviderProbe {
  provider: ExecutionProvider;
  available: boolean;
  /** onnxruntime's reason when it could not start (or why it was not probed). */
  reason?: string;
}

export interface ProbeProvidersInput {
  /** A small valid .onnx file to open with each provider; without one, nothing is probed. */
  modelPath?: string;
}

/**
 * Which execution providers can really start here: open `modelPath` with each provider of the platform's order,
 * alone. Runs as a worker task (it loads native provider libraries). Also lists onnxruntime's own backends.
 */
export async function probeProvidersTask(input: ProbeProvidersInput): Promise<{ probes: ProviderProbe[]; onnxruntimeBackends: string[] }> {
  const onnxruntimeBackends = ort.listSupportedBackends().map((b) => `${b.name}${b.bundled ? '' : ' (separate download)'}`);
  const probes: ProviderProbe[] = [];
  for (const provider of providerOrder()) {
    if (!input.modelPath) {
      probes.push({ provider, available: provider === 'cpu', reason: provider === 'cpu' ? undefined : 'not probed (no valid model installed)' });
      continue;
    }
    try {
      const session = await openModelSession(input.modelPath, { provider });
      await session.release();
      probes.push({ provider, available: true });
    } catch (e) {
      probes.push({ provider, available: false, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return { probes, onnxruntimeBackends };
}
