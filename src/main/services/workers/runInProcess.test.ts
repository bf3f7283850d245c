import { describe, expect, it } from 'vitest';
import { runInProcess } from './runInProcess';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('runInProcess (task host in a child process)', () => {
  it('round-trips typed arrays as binary through the child', async () => {
    const voxels = new Int16Array([-1024, 0, 40, 1839]);
    const out = await runInProcess<{ voxels: Int16Array }>('echo', { voxels });
    expect(out.voxels).toBeInstanceOf(Int16Array);
    expect([...out.voxels]).toEqual([-1024, 0, 40, 1839]);
  });

  it('reports an unknown task as a typed error', async () => {
    await expect(runInProcess('no-such-task', {})).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('turns a child that dies mid-task into INFERENCE_FAILED, leaving this process running', async () => {
    let pid = 0;
    const pending = runInProcess('echo', { x: 1 }, { onSpawn: (p) => (pid = p) });
    // kill it before it can answer (as a native abort would)
    await new Promise((r) => setTimeout(r, 0));
    process.kill(pid, 'SIGKILL');
    await expect(pending).rejects.toMatchObject({ code: 'INFERENCE_FAILED' });
  });

  it('cancels by killing the child', async () => {
    const controller = new AbortController();
    let pid = 0;
    const pending = runInProcess('echo', { x: 1 }, { signal: controller.signal, onSpawn: (p) => (pid = p) });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
    await new Promise((r) => setTimeout(r, 200));
    expect(alive(pid)).toBe(false);
  });
});
