import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { meshCommand } from '../../src/main/cli/commands/mesh';
import type { MeshLabelFileResult } from '../../src/main/services/meshing/meshLabelFile';
import { readObj } from './meshFileReaders';
import { checkWatertight } from '../../src/main/services/meshing/meshMetrics';

const repoRoot = path.resolve(__dirname, '../..');
const dataDir = path.resolve(repoRoot, '../shared/data');
const ct = path.join(dataDir, 'ct-abdomen-3mm');
const mr = path.join(dataDir, 'mr-abdomen-3mm');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-mesh-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function io(): { out: string[]; err: string[]; io: { stdout: (t: string) => void; stderr: (t: string) => void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t) } };
}

describe('ostendo mesh: argument errors', () => {
  it('names what is missing or wrong', async () => {
    const c = io();
    await expect(meshCommand.run({ positional: [], flags: {} }, c.io)).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    await expect(meshCommand.run({ positional: ['x.nii.gz'], flags: { out: tmp } }, c.io)).rejects.toThrow(/--labels/);
    await expect(meshCommand.run({ positional: ['x.nii.gz'], flags: { labels: 'l.nii.gz', out: tmp, format: 'ply' } }, c.io)).rejects.toThrow(/stl or obj/);
  });
});

describe.skipIf(!fs.existsSync(ct) || !fs.existsSync(mr))('ostendo mesh on the shared 3 mm scans', () => {
  it('--json writes one document and one watertight OBJ per requested structure', async () => {
    const c = io();
    const outDir = path.join(tmp, 'obj');
    const code = await meshCommand.run(
      {
        positional: [path.join(ct, 'ct.nii.gz')],
        flags: { labels: path.join(ct, 'reference-labels.nii.gz'), out: outDir, structures: 'liver,kidney_left,prostate', format: 'obj', classes: 'total', json: true },
      },
      c.io,
    );
    expect(code).toBe(0);
    expect(c.out).toHaveLength(1);
    const doc = JSON.parse(c.out[0]!) as MeshLabelFileResult;
    expect(doc.coordinates).toBe('LPS mm');
    // class-map (label) order, not request order
    expect(doc.structures.map((s) => s.structureId)).toEqual(['kidney_left', 'liver']);
    expect(doc.absent).toEqual(['prostate']);
    for (const s of doc.structures) {
      expect(s.watertight).toBe(true);
      expect(checkWatertight(readObj(s.file).triangles).closed).toBe(true);
    }
  });

  it('refuses labels on another grid with GRID_MISMATCH naming both sizes', async () => {
    const c = io();
    await expect(
      meshCommand.run({ positional: [path.join(ct, 'ct.nii.gz')], flags: { labels: path.join(mr, 'reference-labels.nii.gz'), out: path.join(tmp, 'x') } }, c.io),
    ).rejects.toMatchObject({ code: 'GRID_MISMATCH', message: expect.stringMatching(/117x91x20.*122x101x30/) });
  });

  it('rejects an unknown structure id', async () => {
    const c = io();
    await expect(
      meshCommand.run(
        { positional: [path.join(ct, 'ct.nii.gz')], flags: { labels: path.join(ct, 'reference-labels.nii.gz'), out: path.join(tmp, 'y'), structures: 'livre', classes: 'total' } },
        c.io,
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
