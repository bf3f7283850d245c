import fs from 'node:fs/promises';
import path from 'node:path';
import { OstendoError } from '../../../shared/errors';
import type { StructureMesh } from './meshStructures';
import { vertexNormals } from './smoothTaubin';

export type MeshFileFormat = 'stl' | 'obj';

export interface ExportMeshesOptions {
  format: MeshFileFormat;
  /** Created if missing. Files are named `<structureId>.<format>` and overwritten. */
  outDir: string;
}

/** File-system-safe name from a structure id (ids are snake_case already; this guards file-supplied class maps). */
export function meshFileName(structureId: string, format: MeshFileFormat): string {
  const safe = structureId.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^\.+/, '_') || 'structure';
  return `${safe}.${format}`;
}

/** Binary STL: 80-byte header, uint32 count, per facet normal + 3 vertices (float32 LE) + uint16 attribute. */
export function encodeStl(mesh: StructureMesh): Uint8Array {
  const count = mesh.triangles.length / 3;
  const bytes = new Uint8Array(84 + count * 50);
  const header = `Ostendo surface '${mesh.structureId}' label ${mesh.label}; coordinates LPS mm`.slice(0, 80);
  bytes.set(new TextEncoder().encode(header), 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(80, count, true);
  const p = mesh.pointsLps;
  let o = 84;
  for (let t = 0; t < mesh.triangles.length; t += 3) {
    const a = mesh.triangles[t]! * 3, b = mesh.triangles[t + 1]! * 3, c = mesh.triangles[t + 2]! * 3;
    const ux = p[b]! - p[a]!, uy = p[b + 1]! - p[a + 1]!, uz = p[b + 2]! - p[a + 2]!;
    const vx = p[c]! - p[a]!, vy = p[c + 1]! - p[a + 1]!, vz = p[c + 2]! - p[a + 2]!;
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    const len = Math.hypot(nx, ny, nz) || 1;
    for (const v of [nx / len, ny / len, nz / len]) {
      view.setFloat32(o, v, true);
      o += 4;
    }
    for (const q of [a, b, c]) {
      for (let k = 0; k < 3; k++) {
        view.setFloat32(o, p[q + k]!, true);
        o += 4;
      }
    }
    o += 2; // attribute byte count stays 0
  }
  return bytes;
}

/** Wavefront OBJ with vertex normals; 1-based indices; the header comment states the coordinate system. */
export function encodeObj(mesh: StructureMesh): string {
  const normals = mesh.normals ?? vertexNormals(mesh.pointsLps, mesh.triangles);
  const lines: string[] = [
    `# Ostendo surface mesh: ${mesh.structureId} (label ${mesh.label})`,
    '# Coordinates: DICOM patient space LPS (x = left, y = posterior, z = superior), millimetres',
    `# ${mesh.pointsLps.length / 3} vertices, ${mesh.triangles.length / 3} triangles, counter-clockwise seen from outside`,
    `o ${mesh.structureId}`,
  ];
  const p = mesh.pointsLps;
  for (let v = 0; v < p.length; v += 3) lines.push(`v ${p[v]} ${p[v + 1]} ${p[v + 2]}`);
  for (let v = 0; v < normals.length; v += 3) lines.push(`vn ${normals[v]!.toFixed(5)} ${normals[v + 1]!.toFixed(5)} ${normals[v + 2]!.toFixed(5)}`);
  const t = mesh.triangles;
  for (let f = 0; f < t.length; f += 3) {
    const a = t[f]! + 1, b = t[f + 1]! + 1, c = t[f + 2]! + 1;
    lines.push(`f ${a}//${a} ${b}//${b} ${c}//${c}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Write one file per mesh (binary STL or OBJ with normals), coordinates in LPS millimetres as stored.
 * Returns the absolute file paths in mesh order. Throws OstendoError INVALID_REQUEST for an unusable outDir.
 */
export async function exportMeshes(meshes: StructureMesh[], options: ExportMeshesOptions): Promise<string[]> {
  const outDir = path.resolve(options.outDir);
  try {
    await fs.mkdir(outDir, { recursive: true });
  } catch (e) {
    throw new OstendoError('INVALID_REQUEST', `Cannot create output folder ${outDir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const files: string[] = [];
  for (const mesh of meshes) {
    const file = path.join(outDir, meshFileName(mesh.structureId, options.format));
    const data = options.format === 'stl' ? encodeStl(mesh) : encodeObj(mesh);
    await fs.writeFile(file, data);
    files.push(file);
  }
  return files;
}
