/**
 * The lesson's links: `#/lesson/<step>?<key>=<value>&…` opens a step (1-based) with given
 * parameters, e.g. `#/lesson/5?pushesPerWeek=7`. The query is parsed with URLSearchParams and
 * every value checked against the schema (`parseParamValue`, then `validateParams` on the
 * step's scenario for cross-field rules). An invalid link opens the step with its defaults and
 * carries the validator's error to show.
 */
import { ParamError, parseParamValue, validateParams } from '../../models/params/index.ts';

export interface LessonLink {
  /** 0-based step index, within [0, stepCount). */
  index: number;
  /** Valid parameter overrides from the query (empty when any was invalid). */
  overrides: Record<string, number | string>;
  /** The first problem found, or null. */
  error: ParamError | null;
}

/**
 * Parses the view's `rest` (`5?pushesPerWeek=7`).
 * @param scenario the overrides of the step a link opens, for cross-field validation
 */
export function parseLessonLink(
  rest: string,
  stepCount: number,
  scenario: (index: number) => Readonly<Record<string, unknown>> = () => ({}),
): LessonLink {
  const [path, query = ''] = splitOnce(rest, '?');
  const number = /^\d+$/.test(path) ? Number(path) : path === '' ? 1 : NaN;
  if (!Number.isInteger(number) || number < 1 || number > stepCount) {
    return { index: 0, overrides: {}, error: new ParamError('step', path, `a step 1–${stepCount}`) };
  }
  const index = number - 1;
  const overrides: Record<string, number | string> = {};
  try {
    for (const [key, value] of new URLSearchParams(query)) overrides[key] = parseParamValue(key, value);
    validateParams({ ...scenario(index), ...overrides });
  } catch (problem) {
    if (!(problem instanceof ParamError)) throw problem;
    return { index, overrides: {}, error: problem };
  }
  return { index, overrides, error: null };
}

/** The `rest` of a link to step `index` (0-based) with `overrides`, keys in the order given. */
export function formatLessonLink(index: number, overrides: Readonly<Record<string, number | string>> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(overrides)) query.set(key, String(value));
  const text = query.toString();
  return `${index + 1}${text ? `?${text}` : ''}`;
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}
