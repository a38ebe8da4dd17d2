import { describe, expect, it } from 'vitest';
import { collectTransferables } from '../../workers/transfer.ts';

describe('transfer lists', () => {
  it('list every typed array buffer of a result once', () => {
    const a = new Float64Array(4);
    const b = new Float64Array(a.buffer, 8, 1); // a view on the same buffer
    const shared = new Float64Array(new SharedArrayBuffer(8));
    const buffers = collectTransferables({ x: a, y: [b, { z: new Float64Array(2) }], s: shared, n: 1, m: null });
    expect(buffers).toHaveLength(2);
    expect(buffers).toContain(a.buffer);
  });

  it('survive a cycle', () => {
    const node: Record<string, unknown> = { data: new Uint8Array(1) };
    node.self = node;
    expect(collectTransferables(node)).toHaveLength(1);
  });
});
