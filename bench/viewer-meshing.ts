/**
 * Mesh generation for every structure of the shared 3 mm CT reference labels (41 structures, 122x101x30):
 * Ostendo's meshing (in-thread core and through the worker service) beside VTK 9's vtkDiscreteFlyingEdges3D +
 * vtkWindowedSincPolyDataFilter (Debian python3-vtk9, scripts/peers/vtk_flying_edges.py, timed inside Python).
 *
 * Not identical work, stated so the ratio is read right: Ostendo crops each structure, pads it (closed surfaces at
 * the scan edge), runs Taubin + per-piece volume restoration and computes normals; VTK contours all labels in one
 * pass over the whole grid and smooths without closing anything.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getBuiltinClassMap } from '../src/shared/anatomy';
import { readVolumeFile } from '../src/main/services/imaging/volumeFiles';
import { buildStructureMeshes, DEFAULT_SMOOTHING_ITERATIONS } from '../src/main/services/meshing/buildStructureMeshes';
import { meshStructures, type StructureMesh } from '../src/main/services/meshing/meshStructures';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const labelsFile = path.resolve(repoRoot, '../shared/data/ct-abdomen-3mm/reference-labels.nii.gz');
const peerScript = path.join(repoRoot, 'scripts/peers/vtk_flying_edges.py');
const PYTHON = '/usr/bin/python3';
const REPEATS = 3;

interface PeerResult {
  vtk: string;
  labels: number;
  triangles: number;
  extractSeconds: number;
  smoothSeconds: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function triangleCount(meshes: StructureMesh[]): number {
  return meshes.reduce((n, m) => n + m.triangles.length / 3, 0);
}

export async function run(): Promise<void> {
  if (!fs.existsSync(labelsFile)) {
    console.log(`viewer-meshing: ${labelsFile} absent, skipped`);
    return;
  }
  const labels = await readVolumeFile(labelsFile, { modality: 'SEG', unit: 'label' });
  const classMap = getBuiltinClassMap('total');
  const structures = classMap.classes.map((c) => ({ structureId: c.id, label: c.label }));
  const iterations = DEFAULT_SMOOTHING_ITERATIONS;

  const core = (smoothing: number): { ms: number; meshes: StructureMesh[] } => {
    const times: number[] = [];
    let meshes: StructureMesh[] = [];
    for (let r = 0; r < REPEATS; r++) {
      const t0 = performance.now();
      meshes = meshStructures({ voxels: labels.voxels, geometry: labels.geometry, structures, smoothingIterations: smoothing });
      times.push(performance.now() - t0);
    }
    return { ms: median(times), meshes };
  };
  const raw = core(0);
  const smooth = core(iterations);
  const serviceTimes: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const t0 = performance.now();
    await buildStructureMeshes(labels, classMap, { smoothingIterations: iterations }); // no cacheKey: always computed
    serviceTimes.push(performance.now() - t0);
  }
  const serviceMs = median(serviceTimes);

  const peerRun = spawnSync(PYTHON, [peerScript, labelsFile, String(iterations), String(REPEATS)], { encoding: 'utf8' });
  let peer: PeerResult | undefined;
  if (peerRun.status === 0) peer = JSON.parse(peerRun.stdout) as PeerResult;
  else console.log(`peer failed (${PYTHON} with vtk + nibabel needed): ${peerRun.stderr.trim().split('\n').at(-1)}`);

  const f = (ms: number): string => `${ms.toFixed(1).padStart(8)} ms`;
  console.log(`viewer-meshing: ${smooth.meshes.length} structures of ${path.basename(labelsFile)} (${labels.geometry.sizeIjk.join('x')}), median of ${REPEATS}`);
  console.log(`  ostendo surface only (marching cubes, no smoothing) ${f(raw.ms)}   ${triangleCount(raw.meshes)} triangles`);
  console.log(`  ostendo + Taubin x${iterations} + volume restore + normals ${f(smooth.ms)}   ${triangleCount(smooth.meshes)} triangles`);
  console.log(`  ostendo service (worker thread, copy in/out)  ${f(serviceMs)}`);
  if (!peer) return;
  const peerExtract = peer.extractSeconds * 1000;
  const peerTotal = (peer.extractSeconds + peer.smoothSeconds) * 1000;
  console.log(`  vtk ${peer.vtk} DiscreteFlyingEdges3D (${peer.labels} labels) ${f(peerExtract)}   ${peer.triangles} triangles (best of ${REPEATS})`);
  console.log(`  vtk flying edges + WindowedSinc x${iterations}          ${f(peerTotal)}`);
  console.log(`  ratio surface only   ostendo/vtk = ${(raw.ms / peerExtract).toFixed(2)}`);
  console.log(`  ratio smoothed       ostendo/vtk = ${(smooth.ms / peerTotal).toFixed(2)}`);
  console.log(`  ratio service        ostendo/vtk = ${(serviceMs / peerTotal).toFixed(2)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
