import fs from 'node:fs/promises';
import path from 'node:path';
import { readGgufFileInfo } from 'node-llama-cpp';
import { OstendoError } from '../../../../shared/errors';

/**
 * Architectures this build accepts. llama.cpp knows many more, but each has its own required keys; these are the
 * common chat-model families whose hyper-parameters we check below. `mistral`/`smollm` GGUFs use `llama`.
 */
export const SUPPORTED_ARCHITECTURES = ['llama', 'qwen2', 'qwen3', 'gemma', 'gemma2', 'gemma3', 'phi3', 'granite'] as const;

/** What a GGUF header says about a model, once checked. */
export interface GgufSummary {
  path: string;
  /** `general.name` or the file name */
  name: string;
  architecture: string;
  sizeBytes: number;
  contextLength: number;
  embeddingLength: number;
  blockCount: number;
  vocabularySize: number;
  hasChatTemplate: boolean;
}

type MetaRecord = Record<string, unknown>;

function asRecord(value: unknown): MetaRecord | undefined {
  return typeof value === 'object' && value !== null ? (value as MetaRecord) : undefined;
}

function positiveInt(value: unknown): number | undefined {
  const n = typeof value === 'bigint' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}

function invalid(file: string, problem: string): OstendoError {
  return new OstendoError('LLM_INVALID_MODEL', `${path.basename(file)} is not a usable model: ${problem}`, { path: file, problem });
}

/**
 * Reads only the GGUF header (metadata + tensor infos) and checks what llama.cpp would otherwise abort the whole
 * process on: required hyper-parameters, a supported architecture, a tokenizer, and tensor shapes that agree with
 * the metadata. Never loads weights.
 * @throws OstendoError MODEL_NOT_FOUND (no file), LLM_INVALID_MODEL (unreadable header or failed check)
 */
export async function validateGguf(file: string, signal?: AbortSignal): Promise<GgufSummary> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat?.isFile()) throw new OstendoError('MODEL_NOT_FOUND', `No model file at ${file}`, { path: file });
  let info: Awaited<ReturnType<typeof readGgufFileInfo>>;
  try {
    info = await readGgufFileInfo(file, { sourceType: 'filesystem', logWarnings: false, signal });
  } catch (e) {
    throw invalid(file, `the GGUF header cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
  const meta = info.metadata as unknown as MetaRecord;
  const general = asRecord(meta.general);
  const architecture = typeof general?.architecture === 'string' ? general.architecture : undefined;
  if (!architecture) throw invalid(file, 'general.architecture is missing');
  if (!(SUPPORTED_ARCHITECTURES as readonly string[]).includes(architecture))
    throw invalid(file, `architecture "${architecture}" is not supported (supported: ${SUPPORTED_ARCHITECTURES.join(', ')})`);

  const arch = asRecord(meta[architecture]) ?? {};
  const attention = asRecord(arch.attention) ?? {};
  const required: Array<[string, unknown]> = [
    ['context_length', arch.context_length],
    ['embedding_length', arch.embedding_length],
    ['block_count', arch.block_count],
    ['feed_forward_length', arch.feed_forward_length],
    ['attention.head_count', attention.head_count],
  ];
  const missing = required.filter(([, v]) => positiveInt(v) === undefined).map(([k]) => `${architecture}.${k}`);
  if (missing.length > 0) throw invalid(file, `required metadata missing or not a positive integer: ${missing.join(', ')}`);
  const embeddingLength = positiveInt(arch.embedding_length) ?? 0;
  const blockCount = positiveInt(arch.block_count) ?? 0;
  const headCount = positiveInt(attention.head_count) ?? 0;
  const headCountKv = attention.head_count_kv === undefined ? headCount : positiveInt(attention.head_count_kv);
  if (headCountKv === undefined || headCount % headCountKv !== 0)
    throw invalid(file, `attention.head_count (${headCount}) is not a multiple of head_count_kv (${String(attention.head_count_kv)})`);
  if (attention.key_length === undefined && embeddingLength % headCount !== 0)
    throw invalid(file, `embedding_length ${embeddingLength} is not divisible by head_count ${headCount}`);

  const tokenizer = asRecord(meta.tokenizer);
  const ggml = asRecord(tokenizer?.ggml);
  const tokens = ggml?.tokens;
  if (!Array.isArray(tokens) || tokens.length === 0) throw invalid(file, 'tokenizer.ggml.tokens is missing');
  if (typeof ggml?.model !== 'string') throw invalid(file, 'tokenizer.ggml.model is missing');

  checkTensors(file, info.tensorInfo ?? [], { embeddingLength, blockCount, vocabularySize: tokens.length });
  return {
    path: file,
    name: typeof general?.name === 'string' && general.name.trim() ? general.name : path.basename(file, '.gguf'),
    architecture,
    sizeBytes: stat.size,
    contextLength: positiveInt(arch.context_length) ?? 0,
    embeddingLength,
    blockCount,
    vocabularySize: tokens.length,
    hasChatTemplate: typeof tokenizer?.chat_template === 'string',
  };
}

interface TensorLike {
  readonly name: string;
  readonly dimensions: readonly (number | bigint)[];
}

function checkTensors(file: string, tensors: readonly TensorLike[], hp: { embeddingLength: number; blockCount: number; vocabularySize: number }): void {
  if (tensors.length === 0) throw invalid(file, 'the file has no tensors');
  const byName = new Map(tensors.map((t) => [t.name, t.dimensions.map(Number)]));
  const embd = byName.get('token_embd.weight');
  if (!embd) throw invalid(file, 'tensor token_embd.weight is missing');
  if (embd[0] !== hp.embeddingLength || embd[1] !== hp.vocabularySize)
    throw invalid(file, `token_embd.weight is ${embd.join('x')}, expected ${hp.embeddingLength}x${hp.vocabularySize} (embedding x vocabulary)`);
  const blocks = new Set<number>();
  for (const name of byName.keys()) {
    const m = /^blk\.(\d+)\./.exec(name);
    if (m) blocks.add(Number(m[1]));
  }
  for (let b = 0; b < hp.blockCount; b++) if (!blocks.has(b)) throw invalid(file, `block ${b} of ${hp.blockCount} has no tensors`);
  if (blocks.size !== hp.blockCount) throw invalid(file, `tensors for ${blocks.size} blocks, metadata says ${hp.blockCount}`);
  for (const [name, dims] of byName) {
    if (dims.some((d) => !Number.isInteger(d) || d <= 0)) throw invalid(file, `tensor ${name} has an invalid shape ${dims.join('x')}`);
  }
}

/** Like validateGguf but returns the problem instead of throwing (for listings). */
export async function checkGguf(file: string): Promise<{ ok: true; summary: GgufSummary } | { ok: false; problem: string }> {
  try {
    return { ok: true, summary: await validateGguf(file) };
  } catch (e) {
    return { ok: false, problem: e instanceof Error ? e.message : String(e) };
  }
}
