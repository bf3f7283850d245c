import { type CommandRegistry, CommandError } from '../../commands';
import type { SceneStore } from './sceneStore';

/** Throws UNKNOWN_STRUCTURE naming every id absent from the current label map. */
function checkIds(store: SceneStore, ids: string[]): void {
  const known = new Set(store.getState().structures.map((s) => s.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const present = [...known].slice(0, 12).join(', ');
    throw new CommandError('UNKNOWN_STRUCTURE', `Not in this segmentation: ${unknown.join(', ')} (present: ${present}${known.size > 12 ? ', …' : ''})`, { unknown });
  }
}

function setVisible(store: SceneStore, visibleOf: (id: string, was: boolean) => boolean): void {
  store.setState((s) => ({ structures: s.structures.map((st) => ({ ...st, visible: visibleOf(st.id, st.visible) })) }));
}

/**
 * Registers the structure and crosshair commands that act on the scene store.
 * `clipVolume` is the 3D view's clip (isolate also clips the volume rendering); it may be absent
 * before the 3D view exists. Returns one function that unregisters them all.
 */
export function registerStructureCommands(registry: CommandRegistry, store: SceneStore, clipVolume: (ids: string[] | null) => Promise<void>): () => void {
  const offs = [
    registry.register('structures.isolate', async ({ ids }) => {
      checkIds(store, ids);
      const keep = new Set(ids);
      setVisible(store, (id) => keep.has(id));
      await clipVolume(ids);
    }),
    registry.register('structures.show', ({ ids }) => {
      checkIds(store, ids);
      const show = new Set(ids);
      setVisible(store, (id, was) => was || show.has(id));
    }),
    registry.register('structures.hide', ({ ids }) => {
      checkIds(store, ids);
      const hide = new Set(ids);
      setVisible(store, (id, was) => was && !hide.has(id));
    }),
    registry.register('structures.showAll', async () => {
      setVisible(store, () => true);
      await clipVolume(null);
    }),
    registry.register('structures.select', ({ id }) => {
      if (id === null) {
        store.setState({ selectedId: null });
        return;
      }
      checkIds(store, [id]);
      const structure = store.getState().structures.find((s) => s.id === id);
      store.setState((s) => ({ selectedId: id, crosshairLps: structure?.centroidLps ?? s.crosshairLps }));
    }),
    registry.register('structures.setOpacity', ({ id, opacity }) => {
      checkIds(store, [id]);
      store.setState((s) => ({ structures: s.structures.map((st) => (st.id === id ? { ...st, opacity } : st)) }));
    }),
    registry.register('crosshair.set', ({ positionLps }) => {
      store.setState({ crosshairLps: positionLps });
    }),
    registry.register('view.maximize', ({ view }) => {
      store.setState({ maximized: view });
    }),
  ];
  return () => offs.forEach((off) => off());
}
