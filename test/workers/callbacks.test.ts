import { describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { notify, release } from '../../workers/callbacks.ts';

describe('callbacks from the main thread', () => {
  it('are called with their arguments, and neither a throw nor a rejected reply escapes', async () => {
    const calls: number[][] = [];
    notify((a: number, b: number) => void calls.push([a, b]), 3, 4);
    expect(calls).toEqual([[3, 4]]);
    expect(() => notify(() => {
      throw new Error('listener bug');
    })).not.toThrow();
    let rejected = false;
    notify(() => Promise.reject(new Error('port closed')).finally(() => (rejected = true)));
    await expect.poll(() => rejected).toBe(true); // and no unhandled rejection fails the run
  });

  it('are let go once: a proxy is released, a plain function left alone', async () => {
    let released = 0;
    const proxy = Object.assign(() => {}, { [Comlink.releaseProxy]: () => void released++ });
    release(proxy);
    await expect.poll(() => released).toBe(1);
    expect(() => release(() => {})).not.toThrow();
    expect(() => release(undefined)).not.toThrow();
  });
});
