import { describe, expect, it } from 'vitest';
import type { ExecutedCommand } from '../../commands';
import { applyExecuted, initialVisibility, restoreSteps, type SceneVisibility } from './sceneVisibility';

const ok = (name: ExecutedCommand['name'], args: unknown): ExecutedCommand => ({ name, args, error: null });

function replay(state: SceneVisibility, steps: ReturnType<typeof restoreSteps>): SceneVisibility {
  return steps.reduce((s, step) => applyExecuted(s, ok(step.name, step.args)), state);
}

describe('scene visibility copy', () => {
  const ids = ['liver', 'spleen', 'kidney_left', 'aorta'];

  it('follows isolate, show, hide, showAll and select in label order', () => {
    let s = initialVisibility(ids);
    s = applyExecuted(s, ok('structures.isolate', { ids: ['spleen', 'liver'] }));
    expect(s.visible).toEqual(['liver', 'spleen']);
    expect(s.clip).toEqual(['spleen', 'liver']);
    s = applyExecuted(s, ok('structures.show', { ids: ['aorta'] }));
    s = applyExecuted(s, ok('structures.hide', { ids: ['liver'] }));
    expect(s.visible).toEqual(['spleen', 'aorta']);
    s = applyExecuted(s, ok('structures.select', { id: 'aorta' }));
    expect(s.selectedId).toBe('aorta');
    s = applyExecuted(s, ok('structures.showAll', {}));
    expect(s).toMatchObject({ visible: ids, clip: null });
  });

  it('ignores failed commands', () => {
    const s = initialVisibility(ids);
    const failed: ExecutedCommand = { name: 'structures.hide', args: { ids: ['liver'] }, error: Object.assign(new Error('x'), { code: 'UNKNOWN_STRUCTURE' }) as never };
    expect(applyExecuted(s, failed)).toBe(s);
  });

  it('keeps hidden ids hidden across a new label map version and shows new ones', () => {
    const before = applyExecuted(initialVisibility(ids), ok('structures.hide', { ids: ['aorta'] }));
    const after = initialVisibility([...ids, 'region_cyst'], before);
    expect(after.visible).toEqual(['liver', 'spleen', 'kidney_left', 'region_cyst']);
  });

  it('restore steps reproduce any earlier state from any later one', () => {
    const start = applyExecuted(applyExecuted(initialVisibility(ids), ok('structures.isolate', { ids: ['liver', 'aorta'] })), ok('structures.hide', { ids: ['aorta'] }));
    const later = applyExecuted(start, ok('structures.isolate', { ids: ['spleen'] }));
    const restored = replay(later, restoreSteps(start));
    expect(restored.visible).toEqual(start.visible);
    expect(restored.clip).toEqual(start.clip);
    const unclipped = applyExecuted(initialVisibility(ids), ok('structures.hide', { ids: ['spleen'] }));
    const back = replay(applyExecuted(unclipped, ok('structures.isolate', { ids: ['liver'] })), restoreSteps(unclipped));
    expect(back).toMatchObject({ visible: unclipped.visible, clip: null });
  });
});
