import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../support/paths';

const MAIN = path.join(REPO_ROOT, 'out', 'main', 'index.js');

describe.skipIf(!fs.existsSync(MAIN))('built main bundle (electron mapped to a recording stub)', () => {
  it('passes node --check (catches bundle-level SyntaxErrors the build does not report)', () => {
    expect(spawnSync(process.execPath, ['--check', MAIN]).status).toBe(0);
  });

  it('loads, creates its window with the hardened options, and wires offline + IPC protections', () => {
    const dir = tempDir('main-bundle');
    const reportFile = path.join(dir, 'report.json');
    const r = spawnSync(process.execPath, ['--import', path.join(REPO_ROOT, 'tests/electron/electronStubLoader.mjs'), MAIN], {
      encoding: 'utf8',
      env: { ...process.env, OSTENDO_HOME: path.join(dir, 'library'), OSTENDO_STUB_REPORT: reportFile, XDG_CONFIG_HOME: dir },
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    expect(report.lock).toBe(true);
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0].webPreferences).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false,
    });
    expect(report.windows[0].webPreferences.preload).toMatch(/out[\\/]preload[\\/]index\.cjs$/);
    expect(fs.existsSync(report.windows[0].webPreferences.preload)).toBe(true);
    expect(report.loadedUrl).toMatch(/^file:\/\/.*out\/renderer\/index\.html$/);
    expect(report.paths.userData).toBe(path.join(dir, 'Ostendo'));
    expect(fs.existsSync(path.join(dir, 'library', 'library.db'))).toBe(true);
    const c = report.checks;
    expect(c.remoteRequestCancelled).toBe(true);
    expect(c.beforeRequestUrls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    expect(c.windowOpen).toEqual({ action: 'deny' });
    expect(c.navigationAwayPrevented).toBe(true);
    expect(c.appNavigationPrevented).toBe(false);
    expect(c.list).toEqual({ ok: true, value: { patients: [] } });
    expect(c.untrusted).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(c.subframe).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(c.invalid).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(c.unknownChannel).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(report.permissionDenied).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the preload bundle is CommonJS (required for a sandboxed preload)', () => {
    const preload = fs.readFileSync(path.join(REPO_ROOT, 'out', 'preload', 'index.cjs'), 'utf8');
    expect(preload).toMatch(/require\(["']electron["']\)/);
    expect(preload).not.toMatch(/^\s*import\s/m);
  });
});
