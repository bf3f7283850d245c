import { describe, expect, it } from 'vitest';
import { createCommandRegistry, type ExecutedCommand } from './commandRegistry';
import { CommandError } from './commandTypes';

describe('command registry', () => {
  it('runs the registered handler with validated args', async () => {
    const r = createCommandRegistry();
    const seen: string[][] = [];
    r.register('structures.isolate', ({ ids }) => { seen.push(ids); });
    await r.execute('structures.isolate', { ids: ['liver'] });
    expect(seen).toEqual([['liver']]);
  });

  it('rejects invalid args with INVALID_ARGS and never calls the handler', async () => {
    const r = createCommandRegistry();
    let calls = 0;
    r.register('structures.hide', () => { calls++; });
    await expect(r.execute('structures.hide', { ids: [] })).rejects.toMatchObject({ code: 'INVALID_ARGS' });
    // @ts-expect-error wrong type on purpose: the assistant's arguments are untrusted
    await expect(r.execute('crosshair.set', { positionLps: [1, 2] })).rejects.toBeInstanceOf(CommandError);
    expect(calls).toBe(0);
  });

  it('reports unknown commands and missing handlers distinctly', async () => {
    const r = createCommandRegistry();
    // @ts-expect-error unknown name on purpose
    await expect(r.execute('structures.explode', {})).rejects.toMatchObject({ code: 'UNKNOWN_COMMAND' });
    await expect(r.execute('structures.showAll', {})).rejects.toMatchObject({ code: 'NO_HANDLER' });
  });

  it('allows one handler per name and unregisters only its own', async () => {
    const r = createCommandRegistry();
    const off = r.register('view.maximize', () => undefined);
    expect(() => r.register('view.maximize', () => undefined)).toThrow(/already has a handler/);
    off();
    expect(r.has('view.maximize')).toBe(false);
    const off2 = r.register('view.maximize', () => undefined);
    off(); // stale unregister must not remove the new handler
    expect(r.has('view.maximize')).toBe(true);
    off2();
  });

  it('wraps handler failures and tells listeners', async () => {
    const r = createCommandRegistry();
    const events: ExecutedCommand[] = [];
    const unsubscribe = r.onExecuted((e) => events.push(e));
    r.register('structures.select', ({ id }) => {
      if (id === 'nope') throw new CommandError('UNKNOWN_STRUCTURE', 'No structure "nope"');
    });
    r.register('volume.clipToStructures', async () => { throw new Error('worker died'); });
    await r.execute('structures.select', { id: null });
    await expect(r.execute('structures.select', { id: 'nope' })).rejects.toMatchObject({ code: 'UNKNOWN_STRUCTURE' });
    await expect(r.execute('volume.clipToStructures', { ids: null })).rejects.toMatchObject({ code: 'UNAVAILABLE', message: /worker died/ });
    expect(events.map((e) => [e.name, e.error?.code ?? 'ok'])).toEqual([
      ['structures.select', 'ok'], ['structures.select', 'UNKNOWN_STRUCTURE'], ['volume.clipToStructures', 'UNAVAILABLE'],
    ]);
    unsubscribe();
    await r.execute('structures.select', { id: null });
    expect(events).toHaveLength(3);
  });
});
