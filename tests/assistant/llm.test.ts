import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OstendoError } from '../../src/shared/errors';
import { groundedExplanation } from '../../src/main/services/assistant/explain/groundedExplanation';
import type { StructureFacts } from '../../src/main/services/assistant/explain/structureFacts';
import { LlmModelManager } from '../../src/main/services/assistant/llm/llmModelManager';
import type { LocalLlm } from '../../src/main/services/assistant/llm/localLlm';
import { proposeAction } from '../../src/main/services/assistant/llm/proposeAction';
import { validateGguf } from '../../src/main/services/assistant/llm/validateGguf';
import { DEFAULT_BEHAVIOUR, writeMalformedGguf, writeTinyGguf } from '../support/tinyGguf';

// Real node-llama-cpp running tiny GGUFs written by the test (tests/support/tinyGguf.ts); nothing is downloaded.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-llm-'));
const modelsDir = path.join(dir, 'models');
let manager: LlmModelManager;
let llm: LocalLlm;

const liverFacts: StructureFacts = {
  id: 'liver',
  name: 'Liver',
  label: 5,
  voxels: 56422,
  volumeMl: 1523.4,
  intensityUnit: 'HU',
  intensityMean: 55.2,
  intensitySd: 18.4,
  intensityMin: -120,
  intensityMax: 210,
  intensityMedian: 57,
  extentMm: [180, 150, 120],
  largestDiameterMm: 201.3,
  centroidLps: [-60, 10, 40],
  position: ['right', 'superior'],
  relations: [],
  touches: [],
  possiblyIncomplete: false,
  description: 'The largest solid organ of the abdomen.',
};

beforeAll(async () => {
  await writeTinyGguf(path.join(modelsDir, 'tiny.gguf'));
  manager = new LlmModelManager({ modelFolders: [modelsDir], maxThreads: 1 });
  llm = await manager.load('tiny.gguf');
});

afterAll(async () => {
  await manager?.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('GGUF validation and model manager', () => {
  it('reads the tiny model header and reports where it runs', async () => {
    const summary = await validateGguf(path.join(modelsDir, 'tiny.gguf'));
    expect(summary).toMatchObject({ architecture: 'llama', embeddingLength: 64, blockCount: 2, hasChatTemplate: true });
    const status = await manager.status();
    expect(status).toMatchObject({ state: 'loaded', model: 'ostendo-tiny-test' });
    expect(status.available).toEqual([path.join(modelsDir, 'tiny.gguf')]);
    expect(['cpu', 'gpu']).toContain(status.device);
    expect(status.device === 'gpu').toBe(llm.gpuLayers > 0 && llm.gpuDeviceNames.length > 0);
  });

  it('refuses a GGUF without llama.attention.head_count before llama.cpp sees it (process survives)', async () => {
    const bad = await writeMalformedGguf(path.join(dir, 'bad', 'no-heads.gguf'));
    await expect(validateGguf(bad)).rejects.toMatchObject({ code: 'LLM_INVALID_MODEL', message: expect.stringContaining('llama.attention.head_count') });
    const other = new LlmModelManager({ modelFolders: [], maxThreads: 1 });
    await expect(other.load(bad)).rejects.toBeInstanceOf(OstendoError);
    expect((await other.status()).state).toBe('error');
    expect((await other.status()).error).toContain('head_count');
  });

  it('refuses a truncated file and a missing file with specific codes', async () => {
    const good = fs.readFileSync(path.join(modelsDir, 'tiny.gguf'));
    const cut = path.join(dir, 'bad', 'cut.gguf');
    fs.writeFileSync(cut, good.subarray(0, 2000));
    await expect(validateGguf(cut)).rejects.toMatchObject({ code: 'LLM_INVALID_MODEL' });
    await expect(validateGguf(path.join(dir, 'nope.gguf'))).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND' });
  });
});

describe('local LLM (tiny GGUF)', () => {
  it('streams a chat reply token by token', async () => {
    const chunks: string[] = [];
    const result = await llm.generate([{ type: 'system', text: 'Be brief.' }, { type: 'user', text: 'Hello?' }], { onTextChunk: (t) => chunks.push(t) });
    expect(result.text).toBe(DEFAULT_BEHAVIOUR.reply);
    expect(chunks.filter((c) => c.length > 0).length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(result.text);
  });

  it('a function call with a grammar-constrained structure id reaches the action', async () => {
    const withLiver = await proposeAction(llm, [], 'show me only the liver', ['liver', 'spleen']);
    expect(withLiver.action).toEqual({ intent: 'isolate', structures: ['liver'], absent: [] });
    // The model "wants" liver; when liver is absent the grammar only allows present ids.
    const noLiver = await proposeAction(llm, [], 'show me only the liver', ['spleen', 'kidney_left']);
    expect(noLiver.action?.intent).toBe('isolate');
    expect(noLiver.action?.structures.length).toBeGreaterThan(0);
    for (const s of noLiver.action?.structures ?? []) expect(['spleen', 'kidney_left']).toContain(s);
  });

  it('keeps the conversation: the next turn sees the previous call', async () => {
    const first = await proposeAction(llm, [], 'isolate the liver', ['liver', 'spleen']);
    const second = await proposeAction(llm, first.history, 'and the spleen too', ['liver', 'spleen']);
    const users = second.history.filter((h) => h.type === 'user');
    expect(users.map((u) => u.type === 'user' && u.text)).toEqual(['isolate the liver', 'and the spleen too']);
    const calls = second.history.flatMap((h) => (h.type === 'model' ? h.response.filter((r) => typeof r === 'object' && r.type === 'functionCall') : []));
    expect(calls.length).toBe(2);
  });

  it('cancels a generation and stays usable', async () => {
    const controller = new AbortController();
    const chunks: string[] = [];
    const run = llm.generate([{ type: 'user', text: 'Hello?' }], {
      signal: controller.signal,
      onTextChunk: (t) => {
        chunks.push(t);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(chunks.join('').length).toBeLessThan(DEFAULT_BEHAVIOUR.reply.length);
    const again = await llm.generate([{ type: 'user', text: 'Hello?' }]);
    expect(again.text).toBe(DEFAULT_BEHAVIOUR.reply);
  });

  it('flags an invented number in an LLM explanation and keeps the true ones', async () => {
    const file = await writeTinyGguf(path.join(dir, 'liar.gguf'), {
      reply: 'The liver measures 1523 mL, mean 55 HU, with a 999 mm lesion.',
      callPieces: DEFAULT_BEHAVIOUR.callPieces,
    });
    const liarManager = new LlmModelManager({ modelFolders: [], maxThreads: 1 });
    try {
      const liar = await liarManager.load(file);
      const answer = await groundedExplanation(liar, 'explain the liver', [liverFacts], ['liver']);
      expect(answer.flaggedNumbers).toEqual(['999']);
      expect(answer.text).toBe('The liver measures 1523 mL, mean 55 HU, with a [unverified] mm lesion.');
    } finally {
      await liarManager.dispose();
    }
  });

  it('drops sentences that name structures absent from the segmentation', async () => {
    const file = await writeTinyGguf(path.join(dir, 'wanderer.gguf'), {
      reply: 'The liver is large. The pancreas lies behind it.',
      callPieces: DEFAULT_BEHAVIOUR.callPieces,
    });
    const other = new LlmModelManager({ modelFolders: [], maxThreads: 1 });
    try {
      const answer = await groundedExplanation(await other.load(file), 'explain', [liverFacts], ['liver']);
      expect(answer.flaggedStructures).toEqual(['pancreas']);
      expect(answer.text).toBe('The liver is large.');
    } finally {
      await other.dispose();
    }
  });

  it('unloads and then refuses to generate', async () => {
    const other = new LlmModelManager({ modelFolders: [modelsDir], maxThreads: 1 });
    const loaded = await other.load('tiny.gguf');
    expect(await other.unload()).toBe(true);
    expect((await other.status()).state).toBe('none');
    await expect(loaded.generate([{ type: 'user', text: 'hi' }])).rejects.toMatchObject({ code: 'LLM_NOT_LOADED' });
    expect(await other.unload()).toBe(false);
  });
});
