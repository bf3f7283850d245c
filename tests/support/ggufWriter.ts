/**
 * Minimal GGUF v3 serialiser (test support). No npm package writes GGUF, and the format is small:
 * header, key/value metadata, tensor infos, then tensor data aligned to `general.alignment` (32 bytes).
 * Only what the tiny test models need: scalars, strings, arrays of scalars/strings, F32 tensors.
 */

export type GgufValue =
  | { type: 'u32'; value: number }
  | { type: 'i32'; value: number }
  | { type: 'f32'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'string'; value: string }
  | { type: 'u32[]'; value: number[] }
  | { type: 'i32[]'; value: number[] }
  | { type: 'f32[]'; value: number[] }
  | { type: 'string[]'; value: string[] };

export interface GgufTensor {
  name: string;
  /** ggml order: the contiguous (row) length first. */
  dims: number[];
  data: Float32Array;
}

const ALIGNMENT = 32;
// GGUF value type ids (gguf.h)
const T_UINT32 = 4;
const T_INT32 = 5;
const T_FLOAT32 = 6;
const T_BOOL = 7;
const T_STRING = 8;
const T_ARRAY = 9;
const GGML_TYPE_F32 = 0;

class ByteSink {
  private chunks: Buffer[] = [];
  length = 0;
  push(b: Buffer): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  u32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  i32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    this.push(b);
  }
  u64(v: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  f32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  str(s: string): void {
    const bytes = Buffer.from(s, 'utf8');
    this.u64(bytes.length);
    this.push(bytes);
  }
  pad(): void {
    const rem = this.length % ALIGNMENT;
    if (rem !== 0) this.push(Buffer.alloc(ALIGNMENT - rem));
  }
  concat(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

function writeValue(sink: ByteSink, v: GgufValue): void {
  switch (v.type) {
    case 'u32':
      sink.u32(T_UINT32);
      sink.u32(v.value);
      return;
    case 'i32':
      sink.u32(T_INT32);
      sink.i32(v.value);
      return;
    case 'f32':
      sink.u32(T_FLOAT32);
      sink.f32(v.value);
      return;
    case 'bool':
      sink.u32(T_BOOL);
      sink.push(Buffer.from([v.value ? 1 : 0]));
      return;
    case 'string':
      sink.u32(T_STRING);
      sink.str(v.value);
      return;
    case 'u32[]':
    case 'i32[]':
    case 'f32[]': {
      sink.u32(T_ARRAY);
      sink.u32(v.type === 'u32[]' ? T_UINT32 : v.type === 'i32[]' ? T_INT32 : T_FLOAT32);
      sink.u64(v.value.length);
      for (const x of v.value) {
        if (v.type === 'u32[]') sink.u32(x);
        else if (v.type === 'i32[]') sink.i32(x);
        else sink.f32(x);
      }
      return;
    }
    case 'string[]':
      sink.u32(T_ARRAY);
      sink.u32(T_STRING);
      sink.u64(v.value.length);
      for (const s of v.value) sink.str(s);
      return;
  }
}

/** Serialise metadata + F32 tensors into GGUF v3 bytes. */
export function encodeGguf(metadata: Record<string, GgufValue>, tensors: GgufTensor[]): Buffer {
  const head = new ByteSink();
  head.push(Buffer.from('GGUF', 'ascii'));
  head.u32(3);
  head.u64(tensors.length);
  const keys = Object.keys(metadata);
  head.u64(keys.length);
  for (const key of keys) {
    head.str(key);
    writeValue(head, metadata[key]);
  }
  let offset = 0;
  const offsets: number[] = [];
  for (const t of tensors) {
    const expected = t.dims.reduce((a, b) => a * b, 1);
    if (expected !== t.data.length) throw new Error(`tensor ${t.name}: dims ${t.dims} need ${expected} values, got ${t.data.length}`);
    head.str(t.name);
    head.u32(t.dims.length);
    for (const d of t.dims) head.u64(d);
    head.u32(GGML_TYPE_F32);
    head.u64(offset);
    offsets.push(offset);
    offset += Math.ceil((t.data.byteLength) / ALIGNMENT) * ALIGNMENT;
  }
  head.pad();
  const body = Buffer.alloc(offset);
  tensors.forEach((t, i) => {
    Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength).copy(body, offsets[i]);
  });
  return Buffer.concat([head.concat(), body]);
}
