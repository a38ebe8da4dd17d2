/**
 * The budget split: a fixed total budget a day divided between paid public-domain exposure
 * and private-domain operations. This file is the one place that says how a (total, share)
 * pair becomes model parameters.
 *
 * The mapping, for a total budget `T` RMB/day and a paid share `s` (0–1):
 *
 * 1. **Paid exposure**: `paidBudgetDaily = s × T`.
 * 2. **Private domain**: `P = (1 − s) × T` RMB/day.
 *    - The fixed cost (team overhead, SCRM tools) comes first: `min(base fixed cost, P)`;
 *      what is left, `O = P − that`, is the operating budget.
 *    - **Staff** get `staffShare × O`: `staff = floor(staffShare × O / staffCostDaily)`.
 *    - **Groups** get the rest: one group costs `groupEventCost × groupEventsPerWeek / 7`
 *      RMB/day in events, so `groups = floor((1 − staffShare) × O / that)`.
 *    Both are clamped to their schema ranges; a cost of 0 leaves the base count unchanged
 *    (something free is not limited by the budget).
 *    - **Content and tooling** take whatever whole staff and groups leave over:
 *      `privateFixedCostDaily = P − staff × staffCostDaily − groups × group cost`. The budget
 *      is spent in full whatever the share, so shares are compared at equal spend (an
 *      unspendable remainder must not look like profit).
 * 3. **Not budgeted**: referral rewards (paid per referral) and per-member costs scale with
 *    results, not with a plan; they stay as in the base and show up in `spend` and `profit`.
 *
 * Consequence: when staff or group events get dearer, the same private budget buys less, so
 * the best share moves toward paid exposure (pinned in the tests).
 */
import { specOf, type NumberSpec, type Params } from '../params/schema.ts';

export interface BudgetSplitSettings {
  /** Total daily budget, RMB/day. */
  totalBudgetDaily: number;
  /** Share of the private operating budget (after fixed cost) spent on staff, 0–1. */
  staffShare: number;
}

/** What the private part of the budget bought, for the read-outs and the export. */
export interface BudgetAllocation {
  paidBudgetDaily: number;
  privateBudgetDaily: number;
  privateFixedCostDaily: number;
  staff: number;
  groups: number;
}

function clampCount(key: 'staff' | 'groups', value: number): number {
  const spec = specOf(key) as NumberSpec;
  return Math.min(spec.max, Math.max(spec.min, Math.floor(value)));
}

/** The allocation of a total budget at paid share `share` (see the file's comment). */
export function allocateBudget(base: Params, settings: BudgetSplitSettings, share: number): BudgetAllocation {
  const T = settings.totalBudgetDaily;
  const paidBudgetDaily = share * T;
  const privateBudgetDaily = T - paidBudgetDaily;
  const operating = Math.max(0, privateBudgetDaily - Math.min(base.privateFixedCostDaily, privateBudgetDaily));
  const staff = base.staffCostDaily > 0 ? clampCount('staff', (settings.staffShare * operating) / base.staffCostDaily) : base.staff;
  const groupCostDaily = (base.groupEventCost * base.groupEventsPerWeek) / 7;
  const groups = groupCostDaily > 0 ? clampCount('groups', ((1 - settings.staffShare) * operating) / groupCostDaily) : base.groups;
  const staffSpend = base.staffCostDaily > 0 ? staff * base.staffCostDaily : 0;
  const groupSpend = groupCostDaily > 0 ? groups * groupCostDaily : 0;
  const privateFixedCostDaily = Math.max(0, privateBudgetDaily - staffSpend - groupSpend);
  return { paidBudgetDaily, privateBudgetDaily, privateFixedCostDaily, staff, groups };
}

/** The base scenario with the budget at paid share `share` applied. */
export function budgetSplitParams(base: Params, settings: BudgetSplitSettings, share: number): Params {
  const a = allocateBudget(base, settings, share);
  return {
    ...base,
    paidBudgetDaily: a.paidBudgetDaily,
    privateFixedCostDaily: a.privateFixedCostDaily,
    staff: a.staff,
    groups: a.groups,
  };
}
