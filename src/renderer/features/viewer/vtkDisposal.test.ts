import { describe, expect, it } from 'vitest';
import vtkActor from '@kitware/vtk.js/Rendering/Core/Actor.js';
import vtkMapper from '@kitware/vtk.js/Rendering/Core/Mapper.js';
import { createDisposalRegistry } from './vtkDisposal';

describe('disposal registry', () => {
  it('deletes real vtk.js objects in reverse order, once', () => {
    const bag = createDisposalRegistry();
    const order: string[] = [];
    const mapper = bag.track(vtkMapper.newInstance());
    const actor = bag.track(vtkActor.newInstance());
    actor.setMapper(mapper);
    bag.onDispose(() => order.push('unbind'));
    bag.track({ delete: () => order.push('plain') });
    expect(bag.size).toBe(4);
    bag.dispose();
    bag.dispose();
    expect(order).toEqual(['plain', 'unbind']);
    expect(mapper.isDeleted()).toBe(true);
    expect(actor.isDeleted()).toBe(true);
    expect(() => bag.track(vtkMapper.newInstance())).toThrow(/after dispose/);
  });

  it('release deletes one object early; a failing step does not stop the others', () => {
    const bag = createDisposalRegistry();
    const a = bag.track(vtkActor.newInstance());
    const b = bag.track(vtkActor.newInstance());
    bag.release(a);
    expect(a.isDeleted()).toBe(true);
    expect(bag.size).toBe(1);
    bag.onDispose(() => { throw new Error('boom'); });
    expect(() => bag.dispose()).toThrow('boom');
    expect(b.isDeleted()).toBe(true);
  });
});
