import vtkCellArray from '@kitware/vtk.js/Common/Core/CellArray';
import vtkDataArray from '@kitware/vtk.js/Common/Core/DataArray';
import vtkPoints from '@kitware/vtk.js/Common/Core/Points';
import vtkPolyData from '@kitware/vtk.js/Common/DataModel/PolyData';
import type { MeshPayload } from '../../../../shared/ipc/contract';

/** Area-weighted vertex normals (O(triangles)); vtk.js would otherwise shade facets flat. */
export function vertexNormals(points: Float32Array, triangles: Uint32Array): Float32Array {
  const normals = new Float32Array(points.length);
  for (let t = 0; t < triangles.length; t += 3) {
    const a = triangles[t] * 3, b = triangles[t + 1] * 3, c = triangles[t + 2] * 3;
    const ux = points[b] - points[a], uy = points[b + 1] - points[a + 1], uz = points[b + 2] - points[a + 2];
    const vx = points[c] - points[a], vy = points[c + 1] - points[a + 1], vz = points[c + 2] - points[a + 2];
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    for (const p of [a, b, c]) {
      normals[p] += nx; normals[p + 1] += ny; normals[p + 2] += nz;
    }
  }
  for (let p = 0; p < normals.length; p += 3) {
    const len = Math.hypot(normals[p], normals[p + 1], normals[p + 2]) || 1;
    normals[p] /= len; normals[p + 1] /= len; normals[p + 2] /= len;
  }
  return normals;
}

function view<T extends Float32Array | Uint32Array>(Ctor: { new (b: ArrayBuffer, o: number, n: number): T; new (n: number): T; BYTES_PER_ELEMENT: number }, bytes: Uint8Array): T {
  const w = Ctor.BYTES_PER_ELEMENT;
  if (bytes.byteLength % w !== 0) throw new Error(`Mesh buffer of ${bytes.byteLength} bytes is not a whole number of ${w}-byte values`);
  if (bytes.byteOffset % w === 0) return new Ctor(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength / w);
  const copy = new Uint8Array(bytes);
  return new Ctor(copy.buffer, 0, copy.byteLength / w);
}

/** vtkPolyData from a mesh payload (points already LPS mm, the 3D view's world space). */
export function polyDataFromMesh(mesh: MeshPayload): vtkPolyData {
  const points = view(Float32Array, mesh.pointsLps);
  const triangles = view(Uint32Array, mesh.triangles);
  const nPoints = points.length / 3;
  const cells = new Uint32Array((triangles.length / 3) * 4);
  for (let t = 0, c = 0; t < triangles.length; t += 3, c += 4) {
    if (triangles[t] >= nPoints || triangles[t + 1] >= nPoints || triangles[t + 2] >= nPoints) {
      throw new Error(`Mesh "${mesh.structureId}": triangle ${t / 3} refers to a point beyond ${nPoints}`);
    }
    cells[c] = 3; cells[c + 1] = triangles[t]; cells[c + 2] = triangles[t + 1]; cells[c + 3] = triangles[t + 2];
  }
  const poly = vtkPolyData.newInstance();
  const pts = vtkPoints.newInstance();
  pts.setData(points, 3);
  poly.setPoints(pts);
  poly.setPolys(vtkCellArray.newInstance({ values: cells }));
  poly.getPointData().setNormals(vtkDataArray.newInstance({ name: 'Normals', numberOfComponents: 3, values: vertexNormals(points, triangles) }));
  return poly;
}
