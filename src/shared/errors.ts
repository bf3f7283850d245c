/** Stable error codes carried across IPC, the CLI and logs. Add codes; never rename them. */
export const ERROR_CODES = [
  'INVALID_REQUEST',
  'FORBIDDEN_SENDER',
  'NOT_FOUND',
  'IMPORT_FAILED',
  'UNSUPPORTED_FILE',
  'TRUNCATED_FILE',
  'EMPTY_FILE',
  'UNREADABLE_FILE',
  'NOT_DICOM',
  'DECODE_FAILED',
  'GRID_MISMATCH',
  'INVALID_LABELS',
  'MODEL_INVALID',
  'MODEL_NOT_FOUND',
  'PROVIDER_UNAVAILABLE',
  'INFERENCE_FAILED',
  'CANCELLED',
  'LLM_INVALID_MODEL',
  'LLM_NOT_LOADED',
  'DATABASE_ERROR',
  'INTERNAL',
  'REGION_LEAKED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error that carries a stable code and a message fit to show a clinician. */
export class OstendoError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'OstendoError';
    this.code = code;
    this.details = details;
  }
}

export function isOstendoError(e: unknown): e is OstendoError {
  return e instanceof OstendoError;
}

/** Normalise anything thrown into { code, message } for envelopes and the CLI. */
export function toErrorPayload(e: unknown): { code: ErrorCode; message: string; details?: Record<string, unknown> } {
  if (isOstendoError(e)) return { code: e.code, message: e.message, details: e.details };
  if (e instanceof Error && e.name === 'AbortError') return { code: 'CANCELLED', message: 'Cancelled' };
  return { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
}
