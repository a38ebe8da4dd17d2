/** Small helpers every part of the lesson's content uses. */
import { agentCount, defaultParams } from '../../../models/index.ts';
import type { Option, Text } from '../step.ts';
import { scaled } from '../measures.ts';

export const tx = (en: string, zh: string): Text => ({ en, zh });
export const opt = (id: string, en: string, zh: string): Option => ({ id, text: { en, zh } });

/**
 * The explorer's default market at its own agent count (100,000 agents of 10 people): the
 * lesson reads the numbers the explorer shows, and a run takes well under a second. Steps that
 * compare one or two runs use it: their answers sit on differences a coarser run would blur.
 */
export const DEFAULT_MARKET = scaled(agentCount(defaultParams()));

/**
 * The default market as 20,000 agents of 50 people, for the steps that run it eight or nine
 * times (a sweep, the modes). Fewer agents would leave each one standing for hundreds of people
 * and the answer to chance: at 2,000 agents the best push frequency changed with the seed.
 */
export const SMALL = scaled(20_000);
