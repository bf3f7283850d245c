import { describe, expect, it } from 'vitest';
import { createCommandRegistry } from '../../commands';
import { createSceneStore, structuresFromClasses } from './sceneStore';
import { registerStructureCommands } from './structureCommands';

function setup() {
  const registry = createCommandRegistry();
  const store = createSceneStore();
  store.setState({
    structures: structuresFromClasses([
      { label: 1, id: 'spleen', name: 'Spleen', color: [157, 108, 162] },
      { label: 5, id: 'liver', name: 'Liver', color: [221, 130, 101] },
      { label: 2, id: 'kidney_right', name: 'Right kidney', color: [185, 102, 83] },
    ], []),
  });
  const clips: Array<string[] | null> = [];
  const off = registerStructureCommands(registry, store, async (ids) => { clips.push(ids); });
  const visible = () => store.getState().structures.filter((s) => s.visible).map((s) => s.id);
  return { registry, store, clips, off, visible };
}

describe('structure commands on the scene store', () => {
  it('isolate shows only the ids and clips the volume; showAll undoes both', async () => {
    const { registry, clips, visible } = setup();
    await registry.execute('structures.isolate', { ids: ['liver'] });
    expect(visible()).toEqual(['liver']);
    await registry.execute('structures.show', { ids: ['spleen'] });
    expect(visible()).toEqual(['spleen', 'liver']);
    await registry.execute('structures.hide', { ids: ['liver'] });
    expect(visible()).toEqual(['spleen']);
    await registry.execute('structures.showAll', {});
    expect(visible()).toEqual(['spleen', 'liver', 'kidney_right']);
    expect(clips).toEqual([['liver'], null]);
  });

  it('refuses ids absent from the segmentation and changes nothing', async () => {
    const { registry, visible } = setup();
    await expect(registry.execute('structures.isolate', { ids: ['liver', 'pancreas'] })).rejects.toMatchObject({
      code: 'UNKNOWN_STRUCTURE', message: /pancreas/,
    });
    expect(visible()).toHaveLength(3);
  });

  it('select moves the crosshair to the centroid; opacity and maximise update state', async () => {
    const { registry, store, off } = setup();
    store.setState((s) => ({ structures: s.structures.map((st) => (st.id === 'liver' ? { ...st, centroidLps: [-60, -20, 100] } : st)) }));
    await registry.execute('structures.select', { id: 'liver' });
    expect(store.getState()).toMatchObject({ selectedId: 'liver', crosshairLps: [-60, -20, 100] });
    await registry.execute('structures.setOpacity', { id: 'liver', opacity: 0.2 });
    expect(store.getState().structures.find((s) => s.id === 'liver')?.opacity).toBe(0.2);
    await registry.execute('view.maximize', { view: '3d' });
    expect(store.getState().maximized).toBe('3d');
    off();
    expect(registry.has('structures.isolate')).toBe(false);
  });
});
