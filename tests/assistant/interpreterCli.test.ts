/**
 * `ostendo interpret` through its CliCommand: comma lists, and a real TotalSegmentator label map whose present
 * labels are cross-checked against nibabel (an independent reader).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOTAL_CLASS_IDS } from '../../src/shared/anatomy';
import { OstendoError } from '../../src/shared/errors';
import { interpretCommand } from '../../src/main/cli/commands/interpret';

const repoRoot = path.resolve(__dirname, '../..');
const labelsFile = path.resolve(repoRoot, '../shared/data/ct-abdomen-3mm/reference-labels.nii.gz');

async function runCli(positional: string[], flags: Record<string, string | boolean>): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await interpretCommand.run({ positional, flags }, { stdout: (t) => out.push(t), stderr: () => undefined });
  return { code, out };
}

describe('ostendo interpret', () => {
  it('prints exactly one JSON document with the contract field names', async () => {
    const { code, out } = await runCli(['isolate', 'the', 'left', 'kidney'], { structures: 'liver,kidney_left,kidney_right', json: true });
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0])).toEqual({ intent: 'isolate', structures: ['kidney_left'], absent: [] });
  });

  it('prints a readable summary without --json', async () => {
    const { out } = await runCli(['show the liver and the uterus'], { structures: 'liver,spleen' });
    expect(out.join('\n')).toMatch(/intent: show[\s\S]*Liver[\s\S]*not present: Uterus/);
  });

  it('rejects a missing prompt or structures with INVALID_REQUEST', async () => {
    await expect(runCli([], { structures: 'liver' })).rejects.toThrow(OstendoError);
    await expect(runCli(['show the liver'], {})).rejects.toThrow(/--structures/);
    await expect(runCli(['show the liver'], { structures: ' , ' })).rejects.toThrow(/structure ids/);
  });

  describe.skipIf(!fs.existsSync(labelsFile))('with a real label map (skipped: ../shared/data/ct-abdomen-3mm absent)', () => {
    it('reads the present labels, names them with --classes total and interprets against them', async () => {
      const py = spawnSync('/usr/bin/python3', ['-c', 'import sys,nibabel as nib,numpy as np;d=np.asanyarray(nib.load(sys.argv[1]).dataobj);print(" ".join(str(int(v)) for v in np.unique(d) if v!=0))', labelsFile], { encoding: 'utf8' });
      expect(py.status, py.stderr).toBe(0);
      const expectedIds = py.stdout.trim().split(/\s+/).map((v) => TOTAL_CLASS_IDS[Number(v) - 1]);
      expect(expectedIds.length).toBeGreaterThan(10);

      const ribs = await runCli(['show', 'the', 'ribs'], { structures: labelsFile, classes: 'total', json: true });
      const action = JSON.parse(ribs.out[0]) as { intent: string; structures: string[]; absent: string[] };
      expect(action.intent).toBe('show');
      expect(action.structures.sort()).toEqual(expectedIds.filter((id) => id.startsWith('rib_')).sort());

      const femur = JSON.parse((await runCli(['show the femur'], { structures: labelsFile, classes: 'total', json: true })).out[0]) as { absent: string[] };
      expect(femur.absent.sort()).toEqual(expectedIds.includes('femur_left') ? [] : ['femur_left', 'femur_right']);

      // without --classes every label is label_<n>: "label 5" names the liver's label value
      const unnamed = JSON.parse((await runCli(['label 5'], { structures: labelsFile, json: true })).out[0]) as { structures: string[] };
      expect(unnamed.structures).toEqual(expectedIds.includes('liver') ? ['label_5'] : []);
    });
  });
});
