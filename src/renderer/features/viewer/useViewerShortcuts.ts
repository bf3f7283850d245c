import { useEffect } from 'react';
import type { CommandRegistry } from '../../commands';
import type { SceneStore } from './sceneStore';

/**
 * Keyboard shortcuts, run through the same command registry as the panel and the assistant:
 * Escape restores the 2x2 layout, Shift+A shows all, I isolates and H hides the selected structure.
 * Keys typed into inputs are left alone.
 */
export function useViewerShortcuts(root: HTMLElement | null, registry: CommandRegistry, store: SceneStore, onError: (m: string) => void): void {
  useEffect(() => {
    if (!root) return undefined;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
      const selected = store.getState().selectedId;
      let run: Promise<void> | null = null;
      if (e.key === 'Escape') run = registry.execute('view.maximize', { view: null });
      else if (e.key === 'A' && e.shiftKey) run = registry.execute('structures.showAll', {});
      else if ((e.key === 'i' || e.key === 'I') && selected) run = registry.execute('structures.isolate', { ids: [selected] });
      else if ((e.key === 'h' || e.key === 'H') && selected) run = registry.execute('structures.hide', { ids: [selected] });
      if (run) {
        e.preventDefault();
        run.catch((err: unknown) => onError(err instanceof Error ? err.message : String(err)));
      }
    };
    root.addEventListener('keydown', onKey);
    return () => root.removeEventListener('keydown', onKey);
  }, [root, registry, store, onError]);
}
