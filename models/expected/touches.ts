/**
 * A private-domain agent's day of touches (docs/model.md#touches) as a distribution of
 * outcomes, judged against its fatigue window.
 *
 * Touches are independent draws: each push and the promotion seen with `followerReach`, each
 * group event taken part in with `groupEngagement` (members only), one conversation with the
 * service probability. The j-th touch of the day counts c = c₀ + j in the rolling 7-day
 * window, c₀ being the touches of the previous six days (part of the agent's state); touches
 * with c ≤ tolerance build trust, the rest are spam. Since c rises through the day, the
 * first touches are the welcome ones: a day is described by (saw the promotion, content
 * touches, had a conversation, welcome touches, spam touches) and tomorrow's c₀.
 *
 * Tomorrow's c₀ is c₀ + today's touches − the touches of the day that leaves the window. The
 * twin does not remember which day each touch fell on: it draws the touches that stay (those
 * of the last five days) from their distribution given c₀, for an agent of the class whose
 * touches were independent draws (`remaining`; docs/model.md#the-expected-value-twin).
 */

/** Probability mass function over 0, 1, 2, … (index = count). */
export type Pmf = Float64Array;

/** Binomial(n, p) as a PMF. */
export function binomial(n: number, p: number): Pmf {
  const out = new Float64Array(n + 1);
  out[0] = 1;
  for (let i = 0; i < n; i++) {
    for (let k = i + 1; k > 0; k--) out[k] = out[k] * (1 - p) + out[k - 1] * p;
    out[0] *= 1 - p;
  }
  return out;
}

/** The distribution of a sum of two independent counts. */
export function convolve(a: Pmf, b: Pmf): Pmf {
  const out = new Float64Array(a.length + b.length - 1);
  for (let i = 0; i < a.length; i++) {
    if (a[i] === 0) continue;
    for (let j = 0; j < b.length; j++) out[i + j] += a[i] * b[j];
  }
  return out;
}

/** One outcome of a private agent's day. */
export interface Branch {
  /** Probability of this outcome given whether the agent had a conversation (`talk`). */
  p: number;
  /** The day's trust map τ → a·τ + b (touches, or the decay of a day without any). */
  a: number;
  b: number;
  /** 1 when the agent saw today's promotion. */
  promo: number;
  /** Content touches seen (pushes, the promotion, group events): each may convert. */
  content: number;
  /** 1 when the agent had a conversation. */
  talk: number;
  /** Chance the day's spam touches make it exit: 1 − (1 − fatigueExitRate)^spam. */
  exit: number;
  /** Tomorrow's window state. */
  window: number;
}

/** What a day of touches depends on, beyond the agent. */
export interface TouchRules {
  trustGain: number;
  fatiguePenalty: number;
  fatigueExitRate: number;
  fatigueTolerance: number;
  trustDecay: number;
  trustRest: number;
  followerReach: number;
  groupEngagement: number;
}

/** Today's touch opportunities for an agent of a class. */
export interface Opportunities {
  content: number;
  promotions: number;
  /** Group events (0 for followers and contacts). */
  events: number;
}

/**
 * For each window state c₀ = 0 … cap (the last lumping everything from `cap` up), the
 * distribution of the touches that stay in the window tonight (those of the last five of
 * the six days), given c₀, when each day's touches are independent draws from `days`
 * (oldest first). Before six days have passed nothing leaves.
 */
export function remainingGiven(days: readonly Pmf[], cap: number): Pmf[] {
  const out: Pmf[] = [];
  if (days.length < 6) {
    for (let c = 0; c <= cap; c++) out.push(pointAt(c));
    return out;
  }
  const oldest = days[0];
  let rest: Pmf = Float64Array.of(1);
  for (let d = 1; d < days.length; d++) rest = convolve(rest, days[d]);
  for (let c = 0; c <= cap; c++) {
    // P(rest = r, oldest = total − r) over totals equal to c (or, lumped, at least cap).
    const given = new Float64Array(c + 1);
    let norm = 0;
    const totals = c < cap ? [c] : Array.from({ length: Math.max(0, oldest.length + rest.length - 1 - cap) }, (_, i) => cap + i);
    for (const total of totals) {
      for (let r = 0; r < rest.length && r <= total; r++) {
        const x = total - r;
        if (x >= oldest.length) continue;
        const p = oldest[x] * rest[r];
        if (p === 0) continue;
        given[Math.min(r, c)] += p;
        norm += p;
      }
    }
    // A state the independent draws cannot reach (the twin's approximations can): nothing leaves.
    out.push(norm > 0 ? given.map((p) => p / norm) : pointAt(c));
  }
  return out;
}

function pointAt(c: number): Pmf {
  const pmf = new Float64Array(c + 1);
  pmf[c] = 1;
  return pmf;
}

/**
 * The day's outcomes for an agent of window state `window` (c₀, the last state lumping
 * everything from `cap` up), given today's opportunities and the distribution of the touches
 * that stay in its window tonight (`remaining`), for either outcome of the conversation: an
 * agent with service probability σ takes the outcomes with `talk` 1 with σ·p, the others
 * with (1 − σ)·p.
 */
export function dayBranches(rules: TouchRules, today: Opportunities, window: number, remaining: Pmf, cap: number): Branch[] {
  const reach = rules.followerReach;
  // promotionsPerMonth ≤ 30, so at most one coupon day a day.
  const promoDay = today.promotions > 0;
  const others = convolve(binomial(today.content, reach), binomial(today.events, rules.groupEngagement));
  const tolerance = rules.fatigueTolerance;
  const byKey = new Map<number, Branch>();
  const promoCases = promoDay ? [[0, 1 - reach], [1, reach]] : [[0, 1]];
  for (const [promo, pPromo] of promoCases) {
    if (pPromo === 0) continue;
    for (let k = 0; k < others.length; k++) {
      const pContent = others[k];
      if (pContent === 0) continue;
      for (const talk of [0, 1]) {
        const touches = promo + k + talk;
        const welcome = Math.max(0, Math.min(touches, tolerance - window));
        const spam = touches - welcome;
        for (let stays = 0; stays < remaining.length; stays++) {
          const p = pPromo * pContent * remaining[stays];
          if (p === 0) continue;
          const next = Math.min(cap, stays + touches);
          const key = ((((promo * 256 + k) * 2 + talk) * 256 + welcome) * 256 + spam) * 256 + next;
          const found = byKey.get(key);
          if (found) {
            found.p += p;
            continue;
          }
          let a: number;
          let b: number;
          if (touches === 0) {
            a = 1 - rules.trustDecay;
            b = rules.trustDecay * rules.trustRest;
          } else {
            const kept = (1 - rules.fatiguePenalty) ** spam;
            a = (1 - rules.trustGain) ** welcome * kept;
            b = (1 - (1 - rules.trustGain) ** welcome) * kept;
          }
          const exit = 1 - (1 - rules.fatigueExitRate) ** spam;
          byKey.set(key, { p, a, b, promo, content: promo + k, talk, exit, window: next });
        }
      }
    }
  }
  return [...byKey.values()];
}
