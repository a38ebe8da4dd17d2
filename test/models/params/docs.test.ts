import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAM_SPECS } from '../../../models/params/index.ts';
import { PRESETS } from '../../../models/presets/index.ts';
import { DOCS_PATH, renderParamDocs } from '../../../scripts/gen-param-docs.ts';

describe('docs/parameters.md', () => {
  const docs = renderParamDocs();

  it('has a row for every parameter and a section for every preset', () => {
    for (const spec of PARAM_SPECS) expect(docs).toContain(`| \`${spec.key}\` | ${spec.label.en}`);
    for (const preset of PRESETS) expect(docs).toContain(`#### \`${preset.id}\``);
  });

  it('is up to date with the schema and the presets (run npx tsx scripts/gen-param-docs.ts)', () => {
    expect(readFileSync(DOCS_PATH, 'utf8')).toBe(docs);
  });
});
