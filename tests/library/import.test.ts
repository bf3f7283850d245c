import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { StudyLibrary } from '../../src/main/services/library/studyLibrary';
import { importPaths } from '../../src/main/services/library/importPaths';
import { makeHostileFolder } from '../support/hostileFolder';
import { CT_NIFTI, DEBIAN_PYTHON, hasSharedData, JP2K_DIR, tempDir } from '../support/paths';

const dirs: string[] = [];
function fresh(prefix: string): string {
  const d = tempDir(prefix);
  dirs.push(d);
  return d;
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function counts(lib: StudyLibrary): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of ['patients', 'studies', 'series', 'instances', 'stored_files']) {
    out[t] = (lib.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  }
  return out;
}

/** Independent reference: dcmtk's dcmdump reads the tags, not itk-wasm and not our parser. */
function dcmdumpTag(file: string, tag: string): string {
  const out = execFileSync('dcmdump', ['+P', tag, file], { encoding: 'utf8' });
  const m = /\[([^\]]*)\]/.exec(out);
  return m ? m[1] : '';
}

describe.skipIf(!hasSharedData)('study library import (real SQLite, real DICOM/NIfTI)', () => {
  it('imports the JPEG-2000 CT with geometry equal to the DICOM tags read by dcmtk', async () => {
    const lib = StudyLibrary.open(path.join(fresh('lib'), 'library'));
    const result = await importPaths(lib, [JP2K_DIR]);
    expect(result.skipped).toEqual([]);
    expect(result.imported).toHaveLength(1);
    const volume = lib.loadSeriesVolume(result.imported[0].id);
    const files = fs.readdirSync(JP2K_DIR).map((f) => path.join(JP2K_DIR, f));
    const positions = files.map((f) => dcmdumpTag(f, '0020,0032').split('\\').map(Number));
    const zs = positions.map((p) => p[2]).sort((a, b) => a - b);
    const iop = dcmdumpTag(files[0], '0020,0037').split('\\').map(Number);
    const spacing = dcmdumpTag(files[0], '0028,0030').split('\\').map(Number);
    const g = volume.geometry;
    expect(g.sizeIjk).toEqual([Number(dcmdumpTag(files[0], '0028,0011') || 512), 512, files.length]);
    expect(g.spacingMm[0]).toBeCloseTo(spacing[1], 6);
    expect(g.spacingMm[1]).toBeCloseTo(spacing[0], 6);
    expect(g.spacingMm[2]).toBeCloseTo(zs[1] - zs[0], 6);
    const lowest = positions.find((p) => p[2] === zs[0])!;
    g.originLps.forEach((v, c) => expect(v).toBeCloseTo(lowest[c], 4));
    // direction columns: row cosine, column cosine, their cross product (slices ascend in z here)
    expect([g.direction[0], g.direction[3], g.direction[6]]).toEqual(iop.slice(0, 3));
    expect([g.direction[1], g.direction[4], g.direction[7]]).toEqual(iop.slice(3, 6));
    // real units: rescale applied → HU (air ≈ -1024 with intercept -1024)
    expect(volume.unit).toBe('HU');
    let min = Infinity;
    for (const v of volume.voxels) min = Math.min(min, v);
    expect(min).toBe(-1024);
    lib.close();
  });

  it('imports the NIfTI with an LPS geometry equal to nibabel’s affine (RAS → LPS)', async () => {
    const lib = StudyLibrary.open(path.join(fresh('lib'), 'library'));
    const result = await importPaths(lib, [CT_NIFTI]);
    const g = lib.loadSeriesVolume(result.imported[0].id).geometry;
    const py = `import nibabel as nib, json; a = nib.load(${JSON.stringify(CT_NIFTI)}).affine; print(json.dumps(a.tolist()))`;
    const affine = JSON.parse(execFileSync(DEBIAN_PYTHON, ['-c', py], { encoding: 'utf8' })) as number[][];
    const flip = [-1, -1, 1];
    for (let r = 0; r < 3; r++) {
      expect(g.originLps[r]).toBeCloseTo(flip[r] * affine[r][3], 3);
      for (let c = 0; c < 3; c++) expect(g.direction[r * 3 + c] * g.spacingMm[c]).toBeCloseTo(flip[r] * affine[r][c], 4);
    }
    lib.close();
  });

  it('is idempotent: importing the same files twice adds nothing', async () => {
    const lib = StudyLibrary.open(path.join(fresh('lib'), 'library'));
    const first = await importPaths(lib, [JP2K_DIR, CT_NIFTI]);
    const before = counts(lib);
    const second = await importPaths(lib, [JP2K_DIR, CT_NIFTI]);
    expect(counts(lib)).toEqual(before);
    expect(second.imported.map((s) => s.id).sort()).toEqual(first.imported.map((s) => s.id).sort());
    expect(second.imported.every((s) => !s.newlyAdded)).toBe(true);
    expect(before).toMatchObject({ series: 2, instances: 21 });
    lib.close();
  });

  it('imports what is good from a hostile folder and reports each bad file with a specific reason', async () => {
    const src = fresh('hostile');
    const bad = makeHostileFolder(src);
    const lib = StudyLibrary.open(path.join(fresh('lib'), 'library'));
    const result = await importPaths(lib, [src]);
    expect(result.imported).toHaveLength(1);
    expect(result.imported[0].sizeIjk[2]).toBe(bad.good);
    const byPath = Object.fromEntries(result.skipped.map((s) => [s.path, s.code]));
    expect(byPath).toEqual({ [bad.truncated]: 'TRUNCATED_FILE', [bad.corrupt]: 'DECODE_FAILED', [bad.text]: 'NOT_DICOM', [bad.empty]: 'EMPTY_FILE' });
    expect(counts(lib)).toMatchObject({ series: 1, instances: bad.good });
    lib.close();
  });

  it('splits several series found in one folder', async () => {
    const src = fresh('two-series');
    const files = fs.readdirSync(JP2K_DIR).sort();
    files.forEach((f) => fs.copyFileSync(path.join(JP2K_DIR, f), path.join(src, f)));
    // a second series: 5 slices re-labelled with their own SeriesInstanceUID and description
    for (const f of files.slice(0, 5)) {
      const copy = path.join(src, `b-${f}`);
      fs.copyFileSync(path.join(JP2K_DIR, f), copy);
      execFileSync('dcmodify', ['-nb', '-m', '(0020,000e)=1.2.826.0.1.3680043.8.498.1', '-m', '(0008,103e)=Second series', copy]);
    }
    const lib = StudyLibrary.open(path.join(fresh('lib'), 'library'));
    const result = await importPaths(lib, [src]);
    expect(result.skipped).toEqual([]);
    expect(result.imported.map((s) => s.sizeIjk[2]).sort((a, b) => a - b)).toEqual([5, 20]);
    const list = lib.list();
    expect(list.flatMap((p) => p.studies.flatMap((s) => s.series.map((x) => x.description))).sort()).toEqual(['CT Body 3.0', 'Second series']);
    lib.close();
  });

  it('deletes a series with its files, and the audit log records import/open/delete and refuses edits', async () => {
    const root = path.join(fresh('lib'), 'library');
    const lib = StudyLibrary.open(root);
    const { imported } = await importPaths(lib, [CT_NIFTI]);
    lib.loadSeriesVolume(imported[0].id);
    expect(lib.deleteSeries(imported[0].id)).toBe(true);
    expect(counts(lib)).toEqual({ patients: 0, studies: 0, series: 0, instances: 0, stored_files: 0 });
    const leftovers = fs.readdirSync(path.join(root, 'files'), { recursive: true }).filter((f) => fs.statSync(path.join(root, 'files', String(f))).isFile());
    expect(leftovers).toEqual([]);
    const actions = lib.auditEntries().map((e) => e.action).reverse();
    expect(actions).toEqual(['import', 'open', 'delete']);
    expect(() => lib.db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
    expect(() => lib.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    lib.close();
  });
});

describe.skipIf(!hasSharedData)('anonymous data is never merged into one patient', () => {
  it('gives each de-identified study and each volume file its own patient entry', async () => {
    const lib = StudyLibrary.open(path.join(fresh('lib'), 'library'));
    await importPaths(lib, [JP2K_DIR, CT_NIFTI]);
    const patients = lib.list();
    expect(patients).toHaveLength(2);
    expect(patients.every((p) => p.studies.length === 1 && p.name.startsWith('Anonymous'))).toBe(true);
    lib.close();
  });
});
