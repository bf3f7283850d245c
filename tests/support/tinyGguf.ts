import fs from 'node:fs/promises';
import path from 'node:path';
import { encodeGguf, type GgufTensor, type GgufValue } from './ggufWriter';

/**
 * Writes tiny, WORKING llama GGUF models for tests (real node-llama-cpp / llama.cpp run them; nothing is downloaded).
 *
 * The weights are hand-set so greedy decoding is deterministic:
 * - the residual stream of a token carries the "code" of the token it should be followed by (a bigram chain), and
 *   the output head scores each token by its own code, so argmax(logits) = the planned successor;
 * - block 0's attention looks for a marker token, `||call:`, which node-llama-cpp writes into the system prompt
 *   when functions are offered. When present it adds a "function mode" vector that makes `||call:` win after the
 *   assistant header, so the model starts a function call; without functions it answers `reply` as plain text.
 * Everything after `||call:` follows the `call` pieces, which must spell exactly what the function-call grammar
 * accepts (a different grammar simply makes the model pick another allowed token: still valid, just not planned).
 */
export interface TinyModelBehaviour {
  /** Plain-chat reply. Words become tokens, so no word may repeat. */
  reply: string;
  /** Pieces generated after `||call:` when functions are offered, each one token, none repeated. */
  callPieces: string[];
}

export const DEFAULT_BEHAVIOUR: TinyModelBehaviour = {
  reply: 'Hello from the tiny test model.',
  callPieces: ['isolate', '{"', 'structures', '":', ' ["', 'liver', '"]}'],
};

const WIDTH = 64;
const CODE_DIMS = 60; // dims 0..59 carry token codes
const DIM_BIAS = 60; // constant 1 in every embedding: gives every query the same direction
const DIM_MODE = 61; // written by attention when the marker is in context
const DIM_MARKER = 62; // set only in the marker token's embedding
const HEAD_DIM = 64;
const N_LAYER = 2;
const N_FF = 64;
const SPACE = '\u2581'; // SentencePiece's visible space
const MARKER = '||call:';

const CHATML_TEMPLATE =
  "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

/** Deterministic PRNG (mulberry32) so every written model is byte-identical. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Vocab {
  tokens: string[];
  types: number[];
  scores: number[];
  idOf: Map<string, number>;
}

function buildVocab(extraPieces: string[]): Vocab {
  const tokens: string[] = [];
  const types: number[] = [];
  const scores: number[] = [];
  const idOf = new Map<string, number>();
  const add = (text: string, type: number, score: number): number => {
    const existing = idOf.get(text);
    if (existing !== undefined) return existing;
    idOf.set(text, tokens.length);
    tokens.push(text);
    types.push(type);
    scores.push(score);
    return tokens.length - 1;
  };
  // token types (llama.cpp): 1 normal, 2 unknown, 3 control, 6 byte
  add('<unk>', 2, 0);
  add('<s>', 3, 0);
  add('</s>', 3, 0);
  add('<|im_start|>', 3, 0);
  add('<|im_end|>', 3, 0);
  for (let b = 0; b < 256; b++) add(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`, 6, 0);
  add(SPACE, 1, -1);
  for (let c = 0x21; c <= 0x7e; c++) add(String.fromCharCode(c), 1, -1);
  // merge path so the SentencePiece tokenizer turns "||call:" in the prompt into the single marker token
  for (let n = 2; n <= MARKER.length; n++) add(MARKER.slice(0, n), 1, n);
  for (const piece of extraPieces) add(piece.replaceAll(' ', SPACE), 1, -10);
  return { tokens, types, scores, idOf };
}

function splitWords(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}

function makeTensors(vocab: Vocab, successor: Map<number, number>, markerId: number): GgufTensor[] {
  const n = vocab.tokens.length;
  const random = prng(1234);
  // Tokens in the chains get orthonormal codes (exact argmax); the rest get small random codes that never win.
  const chainIds = [...new Set([...successor.keys(), ...successor.values()])];
  if (chainIds.length > CODE_DIMS) throw new Error(`tiny model: ${chainIds.length} chain tokens exceed ${CODE_DIMS}`);
  const code: Float32Array[] = [];
  for (let t = 0; t < n; t++) {
    const v = new Float32Array(CODE_DIMS);
    const slot = chainIds.indexOf(t);
    if (slot >= 0) v[slot] = 1;
    else for (let d = 0; d < CODE_DIMS; d++) v[d] = (random() - 0.5) * 0.08;
    code.push(v);
  }
  const embd = new Float32Array(n * WIDTH);
  const output = new Float32Array(n * WIDTH);
  for (let t = 0; t < n; t++) {
    const next = successor.get(t);
    const source = next === undefined ? code[t] : code[next];
    embd.set(source, t * WIDTH);
    embd[t * WIDTH + DIM_BIAS] = 1;
    if (t === markerId) embd[t * WIDTH + DIM_MARKER] = 1;
    output.set(code[t], t * WIDTH);
  }
  // function mode favours the marker token (it is only ever allowed outside a grammar at the response start)
  output[markerId * WIDTH + DIM_MODE] = 3;

  const ones = new Float32Array(WIDTH).fill(1);
  const zeros = (count: number): Float32Array => new Float32Array(count);
  // y = W x with W stored row-major (ggml dims [in, out]): W[out * WIDTH + in]
  const q = zeros(WIDTH * WIDTH);
  const k = zeros(WIDTH * WIDTH);
  const v = zeros(WIDTH * WIDTH);
  const o = zeros(WIDTH * WIDTH);
  // RoPE rotates (62, 63) by ~1e-10 rad per position with freq_base 1e10, so q.k is position independent there.
  q[62 * WIDTH + DIM_BIAS] = 3;
  k[62 * WIDTH + DIM_MARKER] = 3;
  v[DIM_MODE * WIDTH + DIM_MARKER] = 0.5;
  o[DIM_MODE * WIDTH + DIM_MODE] = 1;

  const tensors: GgufTensor[] = [
    { name: 'token_embd.weight', dims: [WIDTH, n], data: embd },
    { name: 'output_norm.weight', dims: [WIDTH], data: ones },
    { name: 'output.weight', dims: [WIDTH, n], data: output },
  ];
  for (let layer = 0; layer < N_LAYER; layer++) {
    const first = layer === 0;
    const p = `blk.${layer}.`;
    tensors.push(
      { name: `${p}attn_norm.weight`, dims: [WIDTH], data: ones },
      { name: `${p}attn_q.weight`, dims: [WIDTH, WIDTH], data: first ? q : zeros(WIDTH * WIDTH) },
      { name: `${p}attn_k.weight`, dims: [WIDTH, WIDTH], data: first ? k : zeros(WIDTH * WIDTH) },
      { name: `${p}attn_v.weight`, dims: [WIDTH, WIDTH], data: first ? v : zeros(WIDTH * WIDTH) },
      { name: `${p}attn_output.weight`, dims: [WIDTH, WIDTH], data: first ? o : zeros(WIDTH * WIDTH) },
      { name: `${p}ffn_norm.weight`, dims: [WIDTH], data: ones },
      { name: `${p}ffn_gate.weight`, dims: [WIDTH, N_FF], data: zeros(WIDTH * N_FF) },
      { name: `${p}ffn_up.weight`, dims: [WIDTH, N_FF], data: zeros(WIDTH * N_FF) },
      { name: `${p}ffn_down.weight`, dims: [N_FF, WIDTH], data: zeros(WIDTH * N_FF) },
    );
  }
  return tensors;
}

function metadataFor(vocab: Vocab, omit: string[]): Record<string, GgufValue> {
  const meta: Record<string, GgufValue> = {
    'general.architecture': { type: 'string', value: 'llama' },
    'general.name': { type: 'string', value: 'ostendo-tiny-test' },
    'general.alignment': { type: 'u32', value: 32 },
    'llama.context_length': { type: 'u32', value: 32768 },
    'llama.embedding_length': { type: 'u32', value: WIDTH },
    'llama.block_count': { type: 'u32', value: N_LAYER },
    'llama.feed_forward_length': { type: 'u32', value: N_FF },
    'llama.attention.head_count': { type: 'u32', value: WIDTH / HEAD_DIM },
    'llama.attention.head_count_kv': { type: 'u32', value: WIDTH / HEAD_DIM },
    'llama.attention.layer_norm_rms_epsilon': { type: 'f32', value: 1e-5 },
    'llama.rope.freq_base': { type: 'f32', value: 1e10 },
    'tokenizer.ggml.model': { type: 'string', value: 'llama' },
    'tokenizer.ggml.tokens': { type: 'string[]', value: vocab.tokens },
    'tokenizer.ggml.scores': { type: 'f32[]', value: vocab.scores },
    'tokenizer.ggml.token_type': { type: 'i32[]', value: vocab.types },
    'tokenizer.ggml.bos_token_id': { type: 'u32', value: 1 },
    'tokenizer.ggml.eos_token_id': { type: 'u32', value: vocab.idOf.get('<|im_end|>') ?? 4 },
    'tokenizer.ggml.unknown_token_id': { type: 'u32', value: 0 },
    'tokenizer.ggml.add_bos_token': { type: 'bool', value: true },
    'tokenizer.ggml.add_space_prefix': { type: 'bool', value: false },
    'tokenizer.chat_template': { type: 'string', value: CHATML_TEMPLATE },
  };
  for (const key of omit) delete meta[key];
  return meta;
}

function buildModel(behaviour: TinyModelBehaviour, omitKeys: string[]): Buffer {
  const replyPieces = splitWords(behaviour.reply);
  const vocab = buildVocab([...replyPieces, ...behaviour.callPieces]);
  const id = (text: string): number => {
    const found = vocab.idOf.get(text.replaceAll(' ', SPACE));
    if (found === undefined) throw new Error(`tiny model: no token for ${JSON.stringify(text)}`);
    return found;
  };
  const successor = new Map<number, number>();
  const chain = (texts: string[]): void => {
    for (let i = 0; i + 1 < texts.length; i++) {
      const from = id(texts[i]);
      if (successor.has(from)) throw new Error(`tiny model: token ${JSON.stringify(texts[i])} used twice in the chains`);
      successor.set(from, id(texts[i + 1]));
    }
  };
  // "\n" (byte 0x0A) ends the ChatML assistant header: the reply starts there.
  chain(['<0x0A>', ...replyPieces, '<|im_end|>']);
  chain([MARKER, ...behaviour.callPieces, '<|im_end|>']);
  // On detecting the call prefix node-llama-cpp re-feeds it as text ("||call: "), so the name follows the space.
  chain([SPACE, behaviour.callPieces[0]]);
  const markerId = id(MARKER);
  return encodeGguf(metadataFor(vocab, omitKeys), makeTensors(vocab, successor, markerId));
}

/** Write a working tiny llama GGUF (~0.2 MB) and return its path. */
export async function writeTinyGguf(filePath: string, behaviour: TinyModelBehaviour = DEFAULT_BEHAVIOUR): Promise<string> {
  await fs.mkdir(path.dirname(filePath), { recursive: true });
  await fs.writeFile(filePath, buildModel(behaviour, []));
  return filePath;
}

/**
 * Write a GGUF that parses but lacks `llama.attention.head_count` (by default): llama.cpp aborts the whole
 * process on such a file, so validation must refuse it before loading.
 */
export async function writeMalformedGguf(filePath: string, omitKeys: string[] = ['llama.attention.head_count']): Promise<string> {
  await fs.mkdir(path.dirname(filePath), { recursive: true });
  await fs.writeFile(filePath, buildModel(DEFAULT_BEHAVIOUR, omitKeys));
  return filePath;
}
