/**
 * Encodes a value that may contain Uint8Arrays as one binary body: [u32 header length][JSON header][bytes…].
 * The test transport's stand-in for Electron's structured clone, so voxels cross as bytes, never JSON arrays.
 */
export function encodeBinaryEnvelope(value: unknown): Buffer {
  const parts: Uint8Array[] = [];
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) {
      parts.push(v);
      return { __bytes: parts.length - 1 };
    }
    return v;
  });
  const header = Buffer.from(JSON.stringify({ json, sizes: parts.map((p) => p.byteLength) }), 'utf8');
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32LE(header.byteLength, 0);
  return Buffer.concat([prefix, header, ...parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength))]);
}

/** Browser side of the envelope (serialised into the transport script). */
export const DECODE_BINARY_ENVELOPE_JS = `
function decodeBinaryEnvelope(buffer) {
  const view = new DataView(buffer);
  const headerLength = view.getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, headerLength)));
  const parts = [];
  let offset = 4 + headerLength;
  for (const size of header.sizes) {
    parts.push(new Uint8Array(buffer.slice(offset, offset + size)));
    offset += size;
  }
  return JSON.parse(header.json, (key, v) => (v && typeof v === 'object' && typeof v.__bytes === 'number' ? parts[v.__bytes] : v));
}`;
