import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_FILE_BYTES, ParamError, REPLICATIONS, SCHEMA_VERSION, defaultParams, migrateParams, validateParams } from '../../../models/params/index.ts';
import { exportScenario, importScenarioText } from '../../../src/persistence/importFile.ts';
import { readAutosave, toAutosave } from '../../../src/persistence/autosave.ts';
import { SCENARIO_FORMAT, readScenario, readScenarioAll, toDoc, type Scenario } from '../../../src/persistence/scenario.ts';
import { hostileInput, hostileObject, notPolluted, validOverrides } from './fixtures.ts';

const scenario = (overrides: Partial<Scenario> = {}): Scenario => ({
  id: 'abc123',
  name: 'Group-first <b>test</b>',
  notes: 'line 1\nline 2',
  params: { ...defaultParams(), groups: 25, grossMargin: 0.45 },
  seed: 99,
  replications: 3,
  summary: { cacPaidPerCustomer: 121.5, paybackDayMargin: null },
  experiment: null,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
  ...overrides,
});

describe('saved scenarios (written form)', () => {
  it('write the version and only the parameters that differ, and read back the same scenario', () => {
    const doc = toDoc(scenario());
    expect(doc.format).toBe(SCENARIO_FORMAT);
    expect(doc.version).toBe(SCHEMA_VERSION);
    expect(doc.params).toEqual({ groups: 25, grossMargin: 0.45 });
    expect(readScenario(JSON.parse(JSON.stringify(doc)))).toEqual(scenario());
  });

  it('open a scenario saved under schema version 1, through every migration, without its model-v1 summary', () => {
    const v1 = {
      ...toDoc(scenario()), version: 1, params: { groups: 25, grossMargin: 45, adBudgetDaily: 2000 },
      summary: { blendedCac: 14.2, paybackDay: 40 },
    };
    const read = readScenario(v1);
    // Version 1's percentages and names, then version 2's defaults (a market of 100,000, one
    // agent a person), which the record meant and which differ from version 3's.
    expect(read.params).toEqual(validateParams(migrateParams(v1.params, 1)));
    expect(read.params).toMatchObject({ groups: 25, grossMargin: 0.45, paidBudgetDaily: 2000, population: 100_000, agentWeight: 1 });
    expect(read.params).not.toEqual({ ...defaultParams(), groups: 25, grossMargin: 0.45, paidBudgetDaily: 2000 });
    // Model v1's cards are other keys and other numbers: not shown as the current model's.
    expect(read.summary).toBeNull();
  });

  it('open a scenario saved under schema version 2 with version 2\'s defaults', () => {
    const v2 = { ...toDoc(scenario()), version: 2, params: { groups: 25 }, summary: { roi180: 3.1 } };
    const read = readScenario(v2);
    expect(read.params).toEqual(validateParams(migrateParams(v2.params, 2)));
    expect(read.params).toMatchObject({ groups: 25, population: 100_000, agentWeight: 1, baseCac: 20 });
    expect(read.summary).toBeNull();
  });

  it('list every problem, each naming field, value and expectation', () => {
    const { scenario: read, errors } = readScenarioAll({
      ...toDoc(scenario()), name: '', seed: 1.5, params: { groups: -1, colour: 'red' }, extra: true, summary: { roiMargin180: 'high', blendedCac: 1 },
    });
    expect(read).toBeUndefined();
    const messages = errors.map((e) => e.message);
    expect(messages).toContain('unknown field "extra" in the scenario (expected one of format, version, id, name, notes, params, seed, replications, summary, experiment, createdAt, updatedAt)');
    expect(messages).toContain('invalid name: "" (expected text of 1–200 characters)');
    expect(messages).toContain('invalid seed: 1.5 (expected an integer 0–4294967295)');
    expect(messages).toContain('invalid groups: -1 (expected an integer 0–10000)');
    expect(messages.some((m) => m.startsWith('unknown parameter colour'))).toBe(true);
    expect(messages).toContain('invalid summary.roiMargin180: "high" (expected a finite number or null)');
    expect(messages.some((m) => m.startsWith('unknown field "blendedCac" in summary'))).toBe(true);
    for (const error of errors) expect(error).toBeInstanceOf(ParamError);
  });

  it('hold as many replications as the explorer runs, and no more', () => {
    expect(readScenario(toDoc(scenario({ replications: REPLICATIONS.app.max }))).replications).toBe(REPLICATIONS.app.max);
    const { errors } = readScenarioAll({ ...toDoc(scenario()), replications: REPLICATIONS.app.max + 1 });
    expect(errors.map((e) => e.message)).toEqual([`invalid replications: ${REPLICATIONS.app.max + 1} (expected an integer 1–${REPLICATIONS.app.max})`]);
  });

  it('keep a typed slot for experiments: null, or a JSON object with a kind', () => {
    expect(readScenario({ ...toDoc(scenario()), experiment: { kind: 'sweep', definition: { n: 3 } } }).experiment)
      .toEqual({ kind: 'sweep', definition: { n: 3 }, results: null });
    expect(readScenarioAll({ ...toDoc(scenario()), experiment: 5 }).errors[0].field).toBe('experiment');
  });
});

describe('scenario files', () => {
  it('export as JSON that imports back to the same scenario under a new id', () => {
    const { fileName, text } = exportScenario(scenario());
    expect(fileName).toBe('Group-first-b-test-b.siyu.json');
    const { scenario: imported, errors } = importScenarioText(text);
    expect(errors).toEqual([]);
    expect(imported?.id).not.toBe('abc123');
    expect({ ...imported, id: 'abc123' }).toEqual(scenario());
  });

  it('refuse a file over the size limit, saying its size and the limit', () => {
    const { errors } = importScenarioText('{}', 1_600_000);
    expect(errors[0].message).toBe('the file is too large: 1.53 MB (1600000 bytes; expected at most 1 MB)');
    expect(MAX_INPUT_FILE_BYTES).toBe(1_048_576); // the same cap as the CLIs' --params and experiment files
  });

  it('refuse a file that repeats a key, naming it and where', () => {
    const { scenario: read, errors } = importScenarioText(`{"format":"${SCENARIO_FORMAT}","version":2,"name":"x","seed":1,\n"seed":2}`);
    expect(read).toBeUndefined();
    expect(errors.map((e) => e.message)).toEqual(['the file has a duplicate key "seed" (line 2, column 1; expected each key once)']);
    expect(errors[0].field).toBe('seed');
  });

  it('refuse text that is not JSON, naming the file', () => {
    const { errors } = importScenarioText('{ "name": ');
    expect(errors).toHaveLength(1);
    expect(errors[0].field).toBe('file');
    expect(errors[0].message).toMatch(/^the file is not JSON/);
  });

  it('report __proto__ and constructor keys as unknown and pollute nothing', () => {
    const text = `{"format":"${SCENARIO_FORMAT}","version":2,"name":"x","seed":1,"params":{"__proto__":{"polluted":1},"constructor":{"prototype":{"isAdmin":true}}},"__proto__":{"isAdmin":true}}`;
    const { scenario: read, errors } = importScenarioText(text);
    expect(read).toBeUndefined();
    const fields = errors.map((e) => e.field);
    expect(fields).toContain('__proto__');
    expect(fields).toContain('constructor');
    expect(notPolluted()).toBe(true);
  });

  it('give a named error or a whole valid scenario for any input, never another exception', () => {
    const nearlyValid = fc.record({
      format: fc.oneof(fc.constant(SCENARIO_FORMAT), fc.anything()),
      version: fc.oneof(fc.constantFrom(1, 2, SCHEMA_VERSION), fc.anything()),
      name: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.anything()),
      params: fc.oneof(validOverrides, hostileObject),
      seed: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.anything()),
    }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(hostileInput, nearlyValid, hostileObject), (input) => {
      let text: string;
      try {
        text = JSON.stringify(input) ?? 'undefined';
      } catch {
        text = String(typeof input);
      }
      const { scenario: read, errors } = importScenarioText(text);
      if (read) {
        expect(errors).toEqual([]);
        expect(validateParams(read.params)).toEqual(read.params);
      } else {
        expect(errors.length).toBeGreaterThan(0);
        for (const error of errors) expect(error).toBeInstanceOf(ParamError);
      }
      expect(readScenarioAll(input).errors.every((e) => e instanceof ParamError)).toBe(true);
      expect(notPolluted()).toBe(true);
    }), { numRuns: 400 });
  });
});

describe('the autosave', () => {
  it('reads back what it wrote', () => {
    const state = { params: { ...defaultParams(), staff: 7 }, seed: 5, replications: 2 };
    const record = JSON.parse(JSON.stringify(toAutosave(state, 1)));
    expect(record).toEqual({ version: SCHEMA_VERSION, params: { staff: 7 }, seed: 5, replications: 2, savedAt: 1 });
    expect(readAutosave(record)).toEqual(state);
  });

  it('migrates a version 1 record', () => {
    expect(readAutosave({ version: 1, params: { adBudgetDaily: 100 }, seed: 1, replications: 1 }).params.paidBudgetDaily).toBe(100);
  });

  it('throws a named error or returns a valid state for any record', () => {
    fc.assert(fc.property(hostileInput, (input) => {
      try {
        const state = readAutosave(input);
        expect(validateParams(state.params)).toEqual(state.params);
      } catch (error) {
        expect(error).toBeInstanceOf(ParamError);
      }
      expect(notPolluted()).toBe(true);
    }), { numRuns: 400 });
  });
});
