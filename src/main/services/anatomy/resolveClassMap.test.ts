import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OstendoError } from '../../../shared/errors';
import { resolveClassMap } from './resolveClassMap';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-classes-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

function expectInvalid(fn: () => unknown, message: RegExp): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(OstendoError);
    expect((e as OstendoError).code).toBe('INVALID_LABELS');
    expect((e as OstendoError).message).toMatch(message);
    return;
  }
  throw new Error('expected INVALID_LABELS');
}

describe('resolveClassMap', () => {
  it('names present labels from the TotalSegmentator maps', () => {
    const map = resolveClassMap('total', [0, 5, 1, 117, 5]);
    expect(map.classes.map((c) => [c.label, c.id])).toEqual([[1, 'spleen'], [5, 'liver'], [117, 'costal_cartilages']]);
    expect(resolveClassMap('total_mr', [19]).classes[0].id).toBe('vertebrae');
  });

  it('gives present labels the map lacks a label_<n> class', () => {
    const map = resolveClassMap('total', [5, 200]);
    expect(map.classes[1]).toMatchObject({ label: 200, id: 'label_200' });
    expect(map.classes[1].color).not.toEqual(map.classes[0].color);
  });

  it('uses the documented built-in order', () => {
    const map = resolveClassMap('builtin', [1, 2, 3, 4, 5, 6, 7, 8]);
    expect(map.classes.map((c) => c.id)).toEqual(['body', 'bones', 'lung_left', 'lung_right', 'airways', 'subcutaneous_fat', 'torso_fat', 'skeletal_muscle']);
  });

  it('names every label label_<n> with distinct colours when no map is given', () => {
    const map = resolveClassMap(undefined, [3, 1, 2]);
    expect(map.classes.map((c) => c.id)).toEqual(['label_1', 'label_2', 'label_3']);
    expect(new Set(map.classes.map((c) => c.color.join(','))).size).toBe(3);
  });

  it('reads both JSON forms', () => {
    const obj = file('obj.json', JSON.stringify({ 1: 'liver', 2: 'kidney_left', 3: 'tumour_core' }));
    const m1 = resolveClassMap(obj, [1, 2, 3]);
    expect(m1.classes.map((c) => [c.id, c.name])).toEqual([['liver', 'Liver'], ['kidney_left', 'Left kidney'], ['tumour_core', 'Tumour core']]);
    expect(m1.classes[0].color).toEqual([40, 140, 40]);
    const arr = file('arr.json', JSON.stringify([{ label: 7, id: 'spleen', name: 'Milz', color: [1, 2, 3] }, { label: 2, id: 'liver' }]));
    const m2 = resolveClassMap(arr, []);
    expect(m2.classes).toEqual([
      { label: 2, id: 'liver', name: 'Liver', color: [40, 140, 40] },
      { label: 7, id: 'spleen', name: 'Milz', color: [1, 2, 3] },
    ]);
    const saved = file('saved.json', JSON.stringify({ source: 'x', classes: [{ label: 1, id: 'body' }] }));
    expect(resolveClassMap(saved, [1]).classes[0].id).toBe('body');
  });

  it('rejects bad files with specific messages', () => {
    expectInvalid(() => resolveClassMap(path.join(dir, 'missing.json'), [1]), /file not found/);
    expectInvalid(() => resolveClassMap(file('bad.json', '{"1": "liver",'), [1]), /not valid JSON/);
    expectInvalid(() => resolveClassMap(file('zero.json', '{"0": "liver"}'), [1]), /positive integer/);
    expectInvalid(() => resolveClassMap(file('num.json', '{"1": 5}'), [1]), /expected/);
    expectInvalid(() => resolveClassMap(file('dup.json', '[{"label":1,"id":"a"},{"label":1,"id":"b"}]'), [1]), /label 1 is listed twice/);
    expectInvalid(() => resolveClassMap(file('dupid.json', '{"1":"liver","2":"liver"}'), [1]), /given to two labels/);
    expectInvalid(() => resolveClassMap(file('color.json', '[{"label":1,"id":"a","color":[300,0,0]}]'), [1]), /color/);
    expectInvalid(() => resolveClassMap(file('empty.json', '{}'), [1]), /names no labels/);
    expectInvalid(() => resolveClassMap('totl', [1]), /Unknown class map "totl"/);
  });
});
