import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { makeHostileFolder } from '../support/hostileFolder';
import { CLI, CT_NIFTI, hasSharedData, JP2K_DIR, REPO_ROOT, tempDir } from '../support/paths';

const built = fs.existsSync(path.join(REPO_ROOT, 'out', 'main', 'cli.js'));

function ostendo(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!hasSharedData || !built)('ostendo CLI (built binary): import / list / info', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('cli');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('import --json: one JSON document, exit 0 when everything imported', () => {
    const lib = path.join(dir, 'lib-a');
    const r = ostendo(['import', JP2K_DIR, '--library', lib, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { imported: { id: string; modality: string; size: number[]; spacingMm: number[] }[]; skipped: unknown[] };
    expect(doc.imported).toHaveLength(1);
    expect(doc.imported[0]).toMatchObject({ modality: 'CT', size: [512, 512, 20], spacingMm: [0.9765625, 0.9765625, 2] });
    expect(doc.skipped).toEqual([]);

    const list = ostendo(['list', '--library', lib, '--json']);
    expect(list.code).toBe(0);
    const patients = (JSON.parse(list.stdout) as { patients: { studies: { series: { id: string }[] }[] }[] }).patients;
    expect(patients.flatMap((p) => p.studies.flatMap((s) => s.series.map((x) => x.id)))).toEqual([doc.imported[0].id]);

    const info = ostendo(['info', doc.imported[0].id, '--library', lib, '--json']);
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ modality: 'CT', size: [512, 512, 20], dataType: 'int16', minValue: -1024, maxValue: 1839, direction: [1, 0, 0, 0, 1, 0, 0, 0, 1] });
  });

  it('OSTENDO_HOME selects the library when --library is absent', () => {
    const home = path.join(dir, 'home');
    expect(ostendo(['import', CT_NIFTI, '--json'], { OSTENDO_HOME: home }).code).toBe(0);
    expect(fs.existsSync(path.join(home, 'library.db'))).toBe(true);
  });

  it('info on a NIfTI file gives LPS geometry (stored RAS → direction diag(-1,-1,1))', () => {
    const r = ostendo(['info', CT_NIFTI, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { size: number[]; spacingMm: number[]; direction: number[] };
    expect(doc.size).toEqual([122, 101, 30]);
    expect(doc.spacingMm).toEqual([3, 3, 3]);
    expect(doc.direction).toEqual([-1, 0, 0, 0, -1, 0, 0, 0, 1]);
  });

  it('hostile folder: exit 2, good series imported, every bad file listed with a reason', () => {
    const src = path.join(dir, 'hostile');
    fs.mkdirSync(src);
    makeHostileFolder(src);
    const r = ostendo(['import', src, '--library', path.join(dir, 'lib-h'), '--json']);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as { imported: { size: number[] }[]; skipped: { path: string; code: string; reason: string }[] };
    expect(doc.imported).toHaveLength(1);
    expect(doc.skipped.map((s) => s.code).sort()).toEqual(['DECODE_FAILED', 'EMPTY_FILE', 'NOT_DICOM', 'TRUNCATED_FILE']);
    expect(doc.skipped.every((s) => s.reason.length > 10)).toBe(true);
  });

  it('an unreadable file is reported as such (run as an unprivileged user, since root reads anything)', () => {
    const src = path.join(dir, 'perm');
    fs.mkdirSync(src);
    fs.copyFileSync(CT_NIFTI, path.join(src, 'ok.nii.gz'));
    fs.copyFileSync(path.join(JP2K_DIR, fs.readdirSync(JP2K_DIR)[0]), path.join(src, 'secret.dcm'));
    fs.chmodSync(path.join(src, 'secret.dcm'), 0o000);
    const lib = path.join(dir, 'lib-p');
    fs.mkdirSync(lib, { recursive: true });
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      fs.chmodSync(dir, 0o755);
      spawnSync('chown', ['-R', 'nobody', lib]);
    }
    const args = [CLI, 'import', src, '--library', lib, '--json'];
    const r = asRoot
      ? spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, ...args], { encoding: 'utf8', env: { ...process.env, HOME: lib } })
      : spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout) as { imported: unknown[]; skipped: { path: string; code: string; reason: string }[] };
    expect(doc.imported).toHaveLength(1);
    expect(doc.skipped).toEqual([{ path: path.join(src, 'secret.dcm'), code: 'UNREADABLE_FILE', reason: 'cannot read file (EACCES)' }]);
  });

  it('errors go to stderr with a non-zero exit and nothing on stdout', () => {
    const r = ostendo(['info', '/no/such/file.nii.gz', '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const bad = ostendo(['import', '/no/such/folder', '--library', path.join(dir, 'lib-x'), '--json']);
    expect(bad.code).toBe(1);
  });

  it('a crash mid-import leaves nothing half-visible, and the next import completes', async () => {
    const lib = path.join(dir, 'lib-crash');
    // kill the importer at several moments: early (scanning/decoding) and late (storing)
    for (const delayMs of [150, 500, 900]) {
      const child = spawn(process.execPath, [CLI, 'import', JP2K_DIR, CT_NIFTI, '--library', lib], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delayMs));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      if (!fs.existsSync(path.join(lib, 'library.db'))) continue;
      const db = new Database(path.join(lib, 'library.db'), { readonly: true });
      if (db.pragma('user_version', { simple: true }) === 0) {
        // killed before the first migration committed: an empty database, nothing visible (the next open migrates it)
        expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 });
        db.close();
        continue;
      }
      // every visible series has its voxels and instances; nothing points at a missing file
      const series = db.prepare('SELECT id, voxels_sha256 FROM series').all() as { id: string; voxels_sha256: string }[];
      for (const s of series) {
        const f = db.prepare('SELECT rel_path FROM stored_files WHERE sha256 = ?').get(s.voxels_sha256) as { rel_path: string } | undefined;
        expect(f).toBeDefined();
        expect(fs.existsSync(path.join(lib, f!.rel_path))).toBe(true);
        expect((db.prepare('SELECT COUNT(*) AS n FROM instances WHERE series_ref = ?').get(s.id) as { n: number }).n).toBeGreaterThan(0);
      }
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
    }
    const r = ostendo(['import', JP2K_DIR, CT_NIFTI, '--library', lib, '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(ostendo(['list', '--library', lib, '--json']).stdout) as { patients: { studies: { series: unknown[] }[] }[] };
    expect(list.patients.flatMap((p) => p.studies.flatMap((s) => s.series))).toHaveLength(2);
  });
});
