/**
 * The lesson's content: every step bilingual, with a scenario the schema accepts, sliders
 * from the schema, a question whose options are all bilingual, and an answer computed from
 * a real (small) run that is one of its options.
 */
import { describe, expect, it } from 'vitest';
import { simulate, specOf, validateParams } from '../../../models/index.ts';
import { GLOSSARY, TERM_IDS } from '../../../src/lesson/glossary.ts';
import { STEPS, bassF, bassPeakDay, stepParams, stepRuns, type LessonRun } from '../../../src/lesson/steps.ts';

const bilingual = (text: { en: string; zh: string }) => text.en.trim().length > 0 && /[\u4e00-\u9fff]/.test(text.zh);

describe('the lesson steps', () => {
  it('has 8 to 12 steps with unique ids', () => {
    expect(STEPS.length).toBeGreaterThanOrEqual(8);
    expect(STEPS.length).toBeLessThanOrEqual(12);
    expect(new Set(STEPS.map((s) => s.id)).size).toBe(STEPS.length);
  });

  for (const step of STEPS) {
    describe(step.id, () => {
      it('says everything in English and Chinese', () => {
        for (const text of [step.title, step.explanation, step.question]) expect(bilingual(text), text.en).toBe(true);
        expect(step.options.length).toBeGreaterThanOrEqual(2);
        for (const option of step.options) expect(bilingual(option.text), option.id).toBe(true);
        if (step.check) {
          expect(bilingual(step.check.question)).toBe(true);
          expect(bilingual(step.check.feedback)).toBe(true);
          for (const option of step.check.options) expect(bilingual(option.text)).toBe(true);
          expect(step.check.options.map((o) => o.id)).toContain(step.check.correct);
        }
      });

      it('has a scenario the schema accepts and one or two sliders from the schema', () => {
        expect(() => validateParams({ ...step.scenario })).not.toThrow();
        expect(step.sliders.length).toBeGreaterThanOrEqual(1);
        expect(step.sliders.length).toBeLessThanOrEqual(2);
        for (const key of step.sliders) expect(specOf(key)?.kind, key).not.toBe('choice');
      });

      it('links glossary terms that exist', () => {
        expect(step.glossary.length).toBeGreaterThan(0);
        for (const id of step.glossary) expect(TERM_IDS).toContain(id);
      });

      it('answers with one of its options from a real run, and says the numbers in both languages', () => {
        const params = stepRuns(step, stepParams(step));
        const run: LessonRun = { params, results: params.map((p) => simulate(p, 1)) };
        expect(step.options.map((o) => o.id)).toContain(step.answer(run));
        expect(step.reveal(run, 'en')).toMatch(/\d/);
        expect(step.reveal(run, 'zh')).toMatch(/\d/);
        if (step.chart.kind === 'line') {
          const data = step.chart.data(run);
          for (const series of data.series) expect(series.x.length).toBe(series.y.length);
        }
        if (step.chart.kind === 'bars') expect(step.chart.data(run).bars.every((b) => Number.isFinite(b.value))).toBe(true);
      });
    });
  }

  it('has a check question at the end of every part', () => {
    const parts = [...new Set(STEPS.map((s) => s.part))];
    for (const part of parts) {
      const last = STEPS.filter((s) => s.part === part).at(-1);
      expect(last?.check, part).toBeDefined();
    }
  });

  it('finds an interior best push frequency at default trust and fatigue', () => {
    const step = STEPS.find((s) => s.id === 'fatigue')!;
    const params = stepRuns(step, stepParams(step));
    expect(step.answer({ params, results: params.map((p) => simulate(p, 1)) })).toBe('some');
  });

  it('lets a learner override a slider, and rejects an invalid value', () => {
    const step = STEPS.find((s) => s.id === 'fatigue')!;
    expect(stepParams(step, { pushesPerWeek: 7 }).pushesPerWeek).toBe(7);
    expect(() => stepParams(step, { pushesPerWeek: 99 })).toThrow(/pushesPerWeek/);
  });
});

describe('the Bass closed form', () => {
  it('starts at 0, ends near 1 and is steepest at t* = ln(q/p)/(p+q)', () => {
    const [p, q] = [0.002, 0.05];
    expect(bassF(p, q, 0)).toBe(0);
    expect(bassF(p, q, 1_000)).toBeCloseTo(1, 6);
    const peak = bassPeakDay(p, q);
    const slope = (t: number) => bassF(p, q, t + 0.5) - bassF(p, q, t - 0.5);
    expect(slope(peak)).toBeGreaterThan(slope(peak - 10));
    expect(slope(peak)).toBeGreaterThan(slope(peak + 10));
  });
});

describe('the glossary', () => {
  it('defines every term in both languages, 公域 to ROI', () => {
    expect(GLOSSARY.map((t) => t.id)).toEqual([...TERM_IDS]);
    for (const term of GLOSSARY) expect(bilingual(term.term) && bilingual(term.definition), term.id).toBe(true);
  });
});
