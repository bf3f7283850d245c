import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emit } from '../../src/main/jobs/jobManager';
import { createHandlers } from '../../src/main/ipc/createHandlers';
import { dispatch, type Handlers } from '../../src/main/ipc/dispatch';
import { createAppContext, disposeAppContext, type AppContext } from '../../src/main/ipc/appContext';
import { readVolumeFile } from '../../src/main/services/imaging/volumeFiles';
import { getBuiltinClassMap } from '../../src/shared/anatomy';
import type { EventName } from '../../src/shared/ipc/contract';
import { CT_LABELS, CT_NIFTI, hasSharedData, JP2K_DIR, REPO_ROOT, tempDir } from '../support/paths';

/** The handlers Electron registers, driven through dispatch (validation + envelope), over a real library. */
describe.skipIf(!hasSharedData)('IPC handlers over the real services', () => {
  let dir: string;
  let ctx: AppContext;
  let handlers: Handlers;
  const events: { event: EventName; payload: unknown }[] = [];
  const call = async (channel: string, request: unknown) => {
    const envelope = await dispatch(handlers, channel, request);
    if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
    return envelope.value as Record<string, unknown>;
  };
  const waitJob = (jobId: string) =>
    new Promise<{ event: EventName; payload: Record<string, unknown> }>((resolve) => {
      const timer = setInterval(() => {
        const e = events.find((x) => (x.event === 'job.done' || x.event === 'job.failed') && (x.payload as { jobId: string }).jobId === jobId);
        if (e) {
          clearInterval(timer);
          resolve(e as { event: EventName; payload: Record<string, unknown> });
        }
      }, 20);
    });

  beforeAll(() => {
    dir = tempDir('ipc');
    const emit: Emit = (event, payload) => events.push({ event, payload });
    ctx = createAppContext({
      libraryDir: path.join(dir, 'library'),
      appModelsDir: path.join(REPO_ROOT, 'models'),
      userModelsDir: path.join(dir, 'models'),
      emit,
      pickImportPaths: async () => [],
      pickLabelFile: async () => CT_LABELS,
      pickExportFolder: async () => null,
    });
    handlers = createHandlers(ctx);
  });
  afterAll(async () => {
    await disposeAppContext(ctx);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('rejects malformed requests with INVALID_REQUEST before any handler runs', async () => {
    expect(await dispatch(handlers, 'library.import', { paths: [] })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await dispatch(handlers, 'volume.open', {})).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await dispatch(handlers, 'nope', {})).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await dispatch(handlers, 'volume.open', { seriesId: 'se_0000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('imports as a job with progress events, then opens the volume as bytes', async () => {
    const { jobId } = (await call('library.import', { paths: [CT_NIFTI] })) as { jobId: string };
    const done = await waitJob(jobId);
    expect(done.event).toBe('job.done');
    expect(events.some((e) => e.event === 'job.progress' && (e.payload as { jobId: string }).jobId === jobId)).toBe(true);
    const seriesId = ((done.payload.result as { imported: { id: string }[] }).imported[0]).id;
    const info = await call('volume.open', { seriesId });
    expect(info).toMatchObject({ modality: 'CT', unit: 'HU', dataType: 'int16' });
    const voxels = (await call('volume.voxels', { volumeId: info.volumeId })) as { bytes: Uint8Array };
    expect(voxels.bytes).toBeInstanceOf(Uint8Array);
    expect(voxels.bytes.byteLength).toBe(122 * 101 * 30 * 2);
  });

  it('attaches the reference labels, measures, meshes and exports STL; refuses a label map on another grid', async () => {
    const seriesId = ctx.library.list()[0].studies[0].series[0].id;
    const lm = (await call('labels.attachFile', { seriesId, path: CT_LABELS, classes: 'total' })) as { labelMapId: string; classes: { id: string }[] };
    expect(lm.classes.map((c) => c.id)).toEqual(expect.arrayContaining(['liver', 'spleen', 'kidney_left', 'kidney_right']));
    const { measurements } = (await call('labels.measure', { labelMapId: lm.labelMapId })) as { measurements: { id: string; volumeMl: number; voxels: number }[] };
    const liver = measurements.find((m) => m.id === 'liver')!;
    expect(liver.volumeMl).toBeCloseTo((liver.voxels * 27) / 1000, 6);
    const { meshes } = (await call('meshes.get', { labelMapId: lm.labelMapId, structureIds: ['liver', 'spleen'] })) as { meshes: { structureId: string; pointsLps: Uint8Array; triangles: Uint8Array }[] };
    expect(meshes.map((m) => m.structureId).sort()).toEqual(['liver', 'spleen']);
    expect(meshes[0].triangles.byteLength % 12).toBe(0);
    const out = path.join(dir, 'stl');
    const { files } = (await call('meshes.export', { labelMapId: lm.labelMapId, structureIds: ['liver'], format: 'stl', outDir: out })) as { files: string[] };
    expect(files).toEqual([path.join(out, 'liver.stl')]);
    expect(fs.statSync(files[0]).size).toBeGreaterThan(84);
    expect(ctx.library.auditEntries().some((e) => e.action === 'export')).toBe(true);

    // the JPEG-2000 CT has another grid: its labels must be refused, clearly
    const { jobId } = (await call('library.import', { paths: [JP2K_DIR] })) as { jobId: string };
    const done = await waitJob(jobId);
    const other = ((done.payload.result as { imported: { id: string }[] }).imported[0]).id;
    const refused = await dispatch(handlers, 'labels.attachFile', { seriesId: other, path: CT_LABELS, classes: 'total' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'GRID_MISMATCH' } });
  });

  it('runs a built-in segmenter as a job and stores its label map with provenance', async () => {
    const seriesId = ctx.library.list()[0].studies.flatMap((s) => s.series).find((s) => s.sizeIjk[0] === 122)!.id;
    const { jobId } = (await call('segmentation.run', { seriesId, modelId: 'builtin:bones' })) as { jobId: string };
    const done = await waitJob(jobId);
    expect(done.event, JSON.stringify(done.payload)).toBe('job.done');
    const result = done.payload.result as { labelMap: { labelMapId: string; provenance: string; classes: { id: string }[] }; provider: string };
    expect(result.provider).toBe('cpu (builtin TypeScript)');
    expect(JSON.parse(result.labelMap.provenance)).toMatchObject({ model: 'builtin:bones', provider: 'cpu (builtin TypeScript)' });
    const { labelMaps } = (await call('labels.list', { seriesId })) as { labelMaps: { labelMapId: string }[] };
    expect(labelMaps[0].labelMapId).toBe(result.labelMap.labelMapId);
  });

  it('grows a region from a seed as a new label-map version, and undoes it', async () => {
    const seriesId = ctx.library.list()[0].studies.flatMap((s) => s.series).find((s) => s.sizeIjk[0] === 122)!.id;
    const before = ((await call('labels.list', { seriesId })) as { labelMaps: { labelMapId: string }[] }).labelMaps;
    const base = before.find((l) => l)!.labelMapId;
    // a tolerance that admits every intensity would take the whole scan: the leak guard must refuse it
    const leak = await dispatch(handlers, 'segmentation.regionGrow', { seriesId, labelMapId: base, seedIjk: [61, 50, 15], toleranceHu: 2000, name: 'everything' });
    expect(leak).toMatchObject({ ok: false, error: { code: 'REGION_LEAKED' } });
    // seed inside the right lower lobe (taken from the reference labels): air-filled lung grows within -850±150 HU
    const ref = await readVolumeFile(CT_LABELS);
    const lobe = getBuiltinClassMap('total').classes.find((c) => c.id === 'lung_lower_lobe_right')!.label;
    const [si, sj] = ref.geometry.sizeIjk;
    const offsets = [...ref.voxels.keys()].filter((o) => ref.voxels[o] === lobe);
    const o = offsets[Math.floor(offsets.length / 2)];
    const seedIjk = [o % si, Math.floor(o / si) % sj, Math.floor(o / (si * sj))];
    const grown = (await call('segmentation.regionGrow', { seriesId, labelMapId: base, seedIjk, toleranceHu: 150, name: 'Seeded region' })) as { labelMapId: string; classes: { id: string }[] };
    expect(grown.classes.some((c) => c.id.startsWith('region_seeded_region'))).toBe(true);
    expect(await call('segmentation.undo', { labelMapId: grown.labelMapId })).toEqual({ deleted: true });
    const after = ((await call('labels.list', { seriesId })) as { labelMaps: { labelMapId: string }[] }).labelMaps;
    expect(after.map((l) => l.labelMapId)).toEqual(before.map((l) => l.labelMapId));
  });

  it('answers "explain what I\'m seeing" about the visible structures, stores the turn and audits the AI output', async () => {
    const seriesId = ctx.library.list()[0].studies.flatMap((s) => s.series).find((s) => s.sizeIjk[0] === 122)!.id;
    const labelMapId = ((await call('labels.list', { seriesId })) as { labelMaps: { labelMapId: string; source: string }[] }).labelMaps.find((l) => l.source === 'total')!.labelMapId;
    const first = (await call('assistant.ask', { seriesId, labelMapId, prompt: "explain what I'm seeing", visibleStructureIds: ['liver', 'spleen'] })) as { jobId: string; conversationId: string };
    const done = await waitJob(first.jobId);
    expect(done.event, JSON.stringify(done.payload)).toBe('job.done');
    const answer = done.payload.result as { action: { intent: string; structures: string[] }; text: string; usedLlm: boolean; provenance: string; conversationId: string };
    expect(answer.action.intent).toBe('explain');
    expect([...answer.action.structures].sort()).toEqual(['liver', 'spleen']);
    const { measurements } = (await call('labels.measure', { labelMapId })) as { measurements: { id: string; volumeMl: number }[] };
    const liverMl = measurements.find((m) => m.id === 'liver')!.volumeMl;
    expect(answer.text).toContain(`Volume ${liverMl >= 100 ? liverMl.toFixed(0) : liverMl.toFixed(1)} mL`);
    expect(answer.usedLlm).toBe(false);
    expect(answer.conversationId).toBe(first.conversationId);

    // the conversation continues: "now hide it" refers to what was just explained
    const second = (await call('assistant.ask', { seriesId, labelMapId, prompt: 'now hide them', conversationId: first.conversationId })) as { jobId: string };
    const hidden = (await waitJob(second.jobId)).payload.result as { action: { intent: string; structures: string[] } };
    expect(hidden.action.intent).toBe('hide');
    expect([...hidden.action.structures].sort()).toEqual(['liver', 'spleen']);

    const turns = ctx.library.db.prepare('SELECT prompt, used_llm FROM conversation_turns WHERE conversation_ref = ? ORDER BY id').all(first.conversationId) as { prompt: string }[];
    expect(turns.map((t) => t.prompt)).toEqual(["explain what I'm seeing", 'now hide them']);
    const ai = ctx.library.auditEntries().filter((e) => e.action === 'ai-output' && e.subject_id === first.conversationId);
    expect(ai).toHaveLength(2);
    expect(JSON.parse(ai[1].detail_json)).toMatchObject({ prompt: "explain what I'm seeing", usedLlm: false });
  });
});
