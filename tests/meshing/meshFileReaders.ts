import fs from 'node:fs';
import { weldIdenticalVertices } from '../../src/main/services/meshing/meshMetrics';

/** Parsed mesh file: welded points (xyz) and triangles, plus whatever the file says about itself. */
export interface ParsedMesh {
  points: Float32Array;
  triangles: Uint32Array;
  header: string;
  /** STL facet normals or OBJ vertex normals, as stored. */
  normals: Float32Array;
}

/** Binary STL reader written from the format spec (independent of the writer). */
export function readBinaryStl(file: string): ParsedMesh {
  const buf = fs.readFileSync(file);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const count = view.getUint32(80, true);
  if (buf.byteLength !== 84 + count * 50) throw new Error(`${file}: ${buf.byteLength} bytes for ${count} facets`);
  const soup = new Float32Array(count * 9);
  const normals = new Float32Array(count * 3);
  for (let t = 0; t < count; t++) {
    const o = 84 + t * 50;
    for (let k = 0; k < 3; k++) normals[t * 3 + k] = view.getFloat32(o + k * 4, true);
    for (let k = 0; k < 9; k++) soup[t * 9 + k] = view.getFloat32(o + 12 + k * 4, true);
  }
  const triangles = new Uint32Array(count * 3).map((_, n) => n);
  const welded = weldIdenticalVertices(soup, triangles);
  return { ...welded, header: buf.subarray(0, 80).toString('latin1').replace(/\0+$/, ''), normals };
}

export function readObj(file: string): ParsedMesh {
  const text = fs.readFileSync(file, 'utf8');
  const points: number[] = [];
  const normals: number[] = [];
  const triangles: number[] = [];
  const header: string[] = [];
  for (const line of text.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] === '#') header.push(line);
    else if (parts[0] === 'v') points.push(...parts.slice(1, 4).map(Number));
    else if (parts[0] === 'vn') normals.push(...parts.slice(1, 4).map(Number));
    else if (parts[0] === 'f') {
      if (parts.length !== 4) throw new Error(`${file}: non-triangle face '${line}'`);
      for (const corner of parts.slice(1)) {
        const [v, , n] = corner.split('/');
        if (v !== n) throw new Error(`${file}: vertex/normal index mismatch in '${line}'`);
        triangles.push(Number(v) - 1);
      }
    }
  }
  return { points: new Float32Array(points), triangles: new Uint32Array(triangles), header: header.join('\n'), normals: new Float32Array(normals) };
}
