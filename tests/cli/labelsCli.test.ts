import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, CT_LABELS, CT_NIFTI, hasSharedData, JP2K_DIR, MR_LABELS, REPO_ROOT, tempDir } from '../support/paths';

const built = fs.existsSync(path.join(REPO_ROOT, 'out', 'main', 'cli.js'));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function ostendo(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!hasSharedData || !built)('ostendo labels attach / list', () => {
  it('stores a label map with its series and names its structures from the class map', () => {
    const dir = tempDir('labels-cli');
    dirs.push(dir);
    const lib = path.join(dir, 'lib');
    const imported = JSON.parse(ostendo(['import', CT_NIFTI, JP2K_DIR, '--library', lib, '--json']).stdout) as { imported: { id: string; size: number[] }[] };
    const ct = imported.imported.find((s) => s.size[0] === 122)!.id;
    const jp2k = imported.imported.find((s) => s.size[0] === 512)!.id;

    const r = ostendo(['labels', 'attach', ct, CT_LABELS, '--classes', 'total', '--library', lib, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { labelMapId: string; seriesId: string; classes: { label: number; id: string }[] };
    expect(summary.seriesId).toBe(ct);
    expect(summary.classes).toContainEqual(expect.objectContaining({ label: 5, id: 'liver' }));
    expect(summary.classes).toContainEqual(expect.objectContaining({ label: 1, id: 'spleen' }));

    const list = JSON.parse(ostendo(['labels', 'list', ct, '--library', lib, '--json']).stdout) as { labelMaps: { labelMapId: string }[] };
    expect(list.labelMaps.map((l) => l.labelMapId)).toEqual([summary.labelMapId]);
    expect(JSON.parse(ostendo(['list', '--library', lib, '--json']).stdout).patients[0].studies.flatMap((s: { series: { id: string; labelMapCount: number }[] }) => s.series).find((s: { id: string }) => s.id === ct).labelMapCount).toBe(1);

    // a label map on another grid is refused with a message naming both grids, and nothing is stored
    const bad = ostendo(['labels', 'attach', jp2k, MR_LABELS, '--classes', 'total_mr', '--library', lib]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/GRID_MISMATCH/);
    expect(JSON.parse(ostendo(['labels', 'list', jp2k, '--library', lib, '--json']).stdout).labelMaps).toEqual([]);

    // the audit log records who did what: both imports, the attach, newest first
    const audit = JSON.parse(ostendo(['audit', '--library', lib, '--json']).stdout) as { entries: { action: string; subjectId: string; actor: string }[] };
    const actions = audit.entries.map((e) => e.action);
    expect(actions.filter((a) => a === 'import')).toHaveLength(2);
    expect(audit.entries.find((e) => e.action === 'label-map-add')?.subjectId).toBe(summary.labelMapId);
    expect(actions.indexOf('label-map-add')).toBeLessThan(actions.lastIndexOf('import'));
    expect(audit.entries.every((e) => e.actor.length > 0)).toBe(true);
  });
});
