/**
 * Checks for the numeric options of the designs, estimators and optimisers (sample sizes,
 * levels, confidence levels). Each error names the option, the value and what was expected,
 * as the parameter schema's errors do.
 */
import { ParamError } from '../params/index.ts';

/**
 * `value` if it is an integer in [min, max].
 * @throws ParamError naming `field`
 */
export function checkInteger(field: string, value: number, min: number, max: number): number {
  if (!(Number.isInteger(value) && value >= min && value <= max)) {
    throw new ParamError(field, value, `an integer ${min}–${max}`);
  }
  return value;
}

/**
 * `value` if it is a finite number in the interval given (open ends when `open` says so).
 * @throws ParamError naming `field`
 */
export function checkNumber(
  field: string,
  value: number,
  min: number,
  max: number,
  open: { min?: boolean; max?: boolean } = {},
): number {
  const aboveMin = open.min ? value > min : value >= min;
  const belowMax = open.max ? value < max : value <= max;
  if (!(Number.isFinite(value) && aboveMin && belowMax)) {
    const range = `${open.min ? '(' : '['}${min}, ${max}${open.max ? ')' : ']'}`;
    throw new ParamError(field, value, `a number in ${range}`);
  }
  return value;
}

/**
 * Checks that a design's outputs are `count` finite numbers.
 * @throws ParamError naming `outputs` (wrong length) or `outputs[i]` (not finite)
 */
export function checkOutputs(outputs: ArrayLike<number>, count: number): void {
  if (outputs?.length !== count) {
    throw new ParamError('outputs', outputs?.length, `${count} values, one per design point, in order`);
  }
  for (let i = 0; i < count; i++) {
    if (!Number.isFinite(outputs[i])) throw new ParamError(`outputs[${i}]`, outputs[i], 'a finite number');
  }
}
