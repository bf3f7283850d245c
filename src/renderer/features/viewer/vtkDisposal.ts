/** Anything with vtk.js's `delete()`. */
export interface Deletable {
  delete(): void;
}

/**
 * Owns vtk.js objects (and other teardown steps) of one view, so they are released exactly once,
 * in reverse creation order, when the view unmounts.
 */
export interface DisposalRegistry {
  /** Track an object; returns it for inline use: `const m = bag.track(vtkMapper.newInstance())`. */
  track<T extends Deletable>(obj: T): T;
  /** Run a teardown step (event unbinding, observers) at dispose time. */
  onDispose(step: () => void): void;
  /** Delete one tracked object early (e.g. replaced mesh actors). */
  release(obj: Deletable): void;
  dispose(): void;
  readonly size: number;
  readonly disposed: boolean;
}

export function createDisposalRegistry(): DisposalRegistry {
  const items: Array<{ obj?: Deletable; step?: () => void }> = [];
  let disposed = false;
  return {
    track(obj) {
      if (disposed) throw new Error('DisposalRegistry: track() after dispose()');
      items.push({ obj });
      return obj;
    },
    onDispose(step) {
      if (disposed) throw new Error('DisposalRegistry: onDispose() after dispose()');
      items.push({ step });
    },
    release(obj) {
      const at = items.findIndex((it) => it.obj === obj);
      if (at >= 0) {
        items.splice(at, 1);
        obj.delete();
      }
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      const errors: unknown[] = [];
      for (let n = items.length - 1; n >= 0; n--) {
        try {
          const it = items[n];
          if (it.step) it.step();
          else it.obj?.delete();
        } catch (e) {
          errors.push(e);
        }
      }
      items.length = 0;
      // every item got its chance; the first failure is still reported, not swallowed
      if (errors.length > 0) throw errors[0];
    },
    get size() {
      return items.length;
    },
    get disposed() {
      return disposed;
    },
  };
}
