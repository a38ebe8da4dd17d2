/** Small helpers every part of the lesson's content uses. */
import type { Option, Text } from '../step.ts';
import { scaled } from '../measures.ts';

export const tx = (en: string, zh: string): Text => ({ en, zh });
export const opt = (id: string, en: string, zh: string): Option => ({ id, text: { en, zh } });

/** The default market scaled to 5,000 agents: a step runs in about a second. */
export const SMALL = scaled(5_000);
