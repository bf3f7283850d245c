import { describe, expect, it } from 'vitest';
import { polyDataFromMesh, vertexNormals } from './surfaceMesh';

const bytes = (a: Float32Array<ArrayBuffer> | Uint32Array<ArrayBuffer>) => new Uint8Array(a.buffer);

describe('surface meshes', () => {
  it('builds polydata with LPS points, triangles and unit normals', () => {
    const pts = new Float32Array([0, 0, 0, 10, 0, 0, 0, 10, 0]);
    const tri = new Uint32Array([0, 1, 2]);
    const poly = polyDataFromMesh({ structureId: 'liver', label: 5, pointsLps: bytes(pts), triangles: bytes(tri) });
    expect(poly.getNumberOfPoints()).toBe(3);
    expect(poly.getNumberOfPolys()).toBe(1);
    expect(poly.getBounds()).toEqual([0, 10, 0, 10, 0, 0]);
    expect([...vertexNormals(pts, tri).slice(0, 3)]).toEqual([0, 0, 1]);
  });
  it('rejects triangles that point past the vertex list', () => {
    const pts = new Float32Array([0, 0, 0]);
    expect(() => polyDataFromMesh({ structureId: 'x', label: 1, pointsLps: bytes(pts), triangles: bytes(new Uint32Array([0, 1, 2])) })).toThrow(/beyond 1/);
  });
});
