import { OstendoError } from '../../../../shared/errors';

/** Execution providers Ostendo knows how to ask onnxruntime-node for. */
export const EXECUTION_PROVIDERS = ['cuda', 'dml', 'coreml', 'webgpu', 'cpu'] as const;
export type ExecutionProvider = (typeof EXECUTION_PROVIDERS)[number];

export function isExecutionProvider(name: string): name is ExecutionProvider {
  return (EXECUTION_PROVIDERS as readonly string[]).includes(name);
}

/**
 * Providers to try, best first, for a platform. onnxruntime silently ignores `dml`/`coreml` where they do not
 * exist, which would hide the real provider, so each platform only lists the ones it can have.
 */
export function providerOrder(platform: NodeJS.Platform = process.platform, arch: string = process.arch): ExecutionProvider[] {
  if (platform === 'win32') return ['cuda', 'dml', 'webgpu', 'cpu'];
  if (platform === 'darwin') return ['coreml', 'webgpu', 'cpu'];
  if (platform === 'linux' && arch === 'x64') return ['cuda', 'webgpu', 'cpu'];
  return ['cpu'];
}

/** Parse a user's `--provider` value; throws PROVIDER_UNAVAILABLE for names this platform never offers. */
export function parseProvider(name: string, platform: NodeJS.Platform = process.platform, arch: string = process.arch): ExecutionProvider {
  const lower = name.trim().toLowerCase();
  if (!isExecutionProvider(lower)) {
    throw new OstendoError('PROVIDER_UNAVAILABLE', `Unknown execution provider '${name}'. Known: ${EXECUTION_PROVIDERS.join(', ')}`);
  }
  if (!providerOrder(platform, arch).includes(lower)) {
    throw new OstendoError('PROVIDER_UNAVAILABLE', `Execution provider '${lower}' does not exist on ${platform}-${arch}; available here: ${providerOrder(platform, arch).join(', ')}`);
  }
  return lower;
}

/** One provider that was tried and skipped, with onnxruntime's reason. */
export interface SkippedProvider {
  provider: ExecutionProvider;
  reason: string;
}
