/**
 * The day's outcomes of private-domain agents: the service probabilities (random, or by
 * trust from yesterday's histogram) and, for each class (follower or contact; group member),
 * service probability and window state, the distribution of the day's touches (touches.ts),
 * with what leaves each window tonight.
 */
import type { Params } from '../params/schema.ts';
import { scheduleOn, type Plan } from './calendar.ts';
import type { DayMap, DayStep, Totals } from './day.ts';
import type { Segment } from './population.ts';
import { binomial, convolve, dayBranches, remainingGiven, type Branch, type Pmf, type TouchRules } from './touches.ts';
import { SERVICE_BINS } from './trustBins.ts';

/**
 * The service probabilities and the day's touch outcomes for each window state (see
 * touches.ts), with the share of each class's window that leaves it tonight.
 */
export class DayOutcomes {
  /** Each past day's scheduled touches (pushes, promotion; and events for members) and average service probability. */
  private readonly plain: Pmf[] = [];
  private readonly member: Pmf[] = [];
  private readonly service: number[] = [];

  constructor(
    private readonly params: Params,
    private readonly rules: TouchRules,
    private readonly cap: number,
  ) {}

  fill(map: DayMap, totals: Totals, conversations: number, step: DayStep, population: Segment[]): void {
    const P = totals.privateMembers;
    const average = conversations <= 0 ? 0 : P > 0 ? Math.min(1, conversations / P) : 1;
    serviceShares(this.params, step, population, totals, conversations, average, map.service);
    const s = map.schedule;
    const { followerReach, groupEngagement } = this.params;
    const cap = this.cap;
    const plainToday = { content: s.content, promotions: s.promotions, events: 0 };
    // The window's days are read with each day's average service probability, with service
    // by trust too (assuming the bin's own probability for all six days over-penalises: the
    // warm agents served today were not all served before).
    map.branches = [0, 1].map((cls) => {
      const days = (cls === 0 ? this.plain : this.member).map((day, d) => convolve(day, talks(this.service[d])));
      const today = cls === 0 ? plainToday : s;
      const remaining = remainingGiven(days, cap);
      return remaining.map((rest, c) => dayBranches(this.rules, today, c, rest, cap));
    }) as [Branch[][], Branch[][]];
    const pushes = binomial(s.content + s.promotions, followerReach);
    this.plain.push(pushes);
    this.member.push(convolve(pushes, binomial(s.events, groupEngagement)));
    this.service.push(average);
    if (this.plain.length > 6) {
      this.plain.shift();
      this.member.shift();
      this.service.shift();
    }
  }
}

/** One conversation or none. */
function talks(probability: number): Pmf {
  return Float64Array.of(1 - probability, probability);
}

/**
 * The window states the twin carries: none when no 7-day window can hold more touches than
 * the tolerance (every touch builds trust), else c₀ = 0 … tolerance + 1, the last lumping
 * the rest (and never more than the touches six days can hold).
 */
export function windowCap(params: Params, plan: Plan, conversations: number): number {
  const daily: number[] = [];
  let most = 0;
  let six = 0;
  for (let t = 0; t < params.horizonDays; t++) {
    const s = scheduleOn(plan, t);
    daily.push(s.content + s.promotions + (params.groups > 0 ? s.events : 0) + (conversations > 0 ? 1 : 0));
    let window = 0;
    for (let d = Math.max(0, t - 6); d <= t; d++) window += daily[d];
    most = Math.max(most, window);
    six = Math.max(six, window - (t >= 6 ? daily[t - 6] : 0));
  }
  if (most <= params.fatigueTolerance) return 0;
  return Math.min(params.fatigueTolerance + 1, six);
}

/**
 * Each private trust group's service probability for the day, into `service`: random,
 * min(1, C / P) for everyone; by trust, from yesterday's 64-bin histogram of private-domain
 * trust, 1 above the bin where the count from the top reaches C, the share that fills C in
 * it, 0 below (each group reads its cloud on those bins).
 */
function serviceShares(params: Params, step: DayStep, population: Segment[], totals: Totals, conversations: number, average: number, service: Float64Array[]): void {
  const P = totals.privateMembers;
  if (!(params.serviceTargeting === 'trust' && conversations > 0 && P > conversations)) {
    for (const s of service) s.fill(average);
    return;
  }
  const served = new Float64Array(SERVICE_BINS);
  let above = 0;
  for (let b = SERVICE_BINS - 1; b >= 0; b--) {
    const count = totals.serviceHistogram[b];
    if (above + count >= conversations) {
      served[b] = count > 0 ? (conversations - above) / count : 0;
      break;
    }
    served[b] = 1;
    above += count;
  }
  step.serviceByGroup(population, served, service);
}
