import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateParams } from '../../../models/params/index.ts';

const DIR = resolve(import.meta.dirname, '../../../examples/params');
const FILES = readdirSync(DIR).filter((name) => name.endsWith('.json'));

describe('the example parameter files', () => {
  it('exist', () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  it.each(FILES)('%s holds valid overrides', (name) => {
    const overrides = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as unknown;
    expect(() => validateParams(overrides)).not.toThrow();
  });
});
