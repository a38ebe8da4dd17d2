/**
 * The budget split (docs/model.md#budget-split): a fixed total budget a day divided between
 * paid public-domain exposure and private-domain operations, **at equal spend**. This file is
 * the one place that says how a (total, share) pair becomes model parameters.
 *
 * For a total budget `T` RMB/day and a paid share `s` (0–1):
 *
 * 1. **Paid exposure**: `paidBudgetDaily = s × T`.
 * 2. **Private domain**: `P = (1 − s) × T` RMB/day, spent in this order:
 *    - the fixed cost (team, SCRM tools): `min(base fixed cost, P)`; the rest is the
 *      operating budget `O`;
 *    - **staff** get `staffShare × O`: `staff = ⌊staffShare × O / staffCostDaily⌋`;
 *    - **groups** get `groupShare × O`: one group costs `groupEventCost × groupEventsPerWeek / 7`
 *      a day in events (every group run is charged), `groups = ⌊groupShare × O / that⌋`;
 *    - **content** gets the rest: the base's promotions are announced first (a push each,
 *      `pushCost`), then content pushes, `pushesPerWeek = 7 × (content budget) / pushCost`,
 *      both within the platform's push cap;
 *    - whatever whole staff, groups and capped pushes leave unspent goes to the fixed cost.
 *    So ads + content + groups + staff + fixed = T at every share: shares are compared at
 *    equal spend (money left unspent must not look like profit).
 * 3. At `s = 1` there are no private-domain operations at all: no staff, groups, pushes,
 *    promotions or fixed cost.
 * 4. **Not budgeted**: referral rewards, scan incentives and per-member costs scale with
 *    results, not with a plan; they stay as in the base and show up in `spend` and `profit`.
 *
 * A cost of 0 leaves the base count unchanged (something free is not limited by the budget).
 * Counts are clamped to their schema ranges.
 */
import { specOf, type NumberSpec, type Params } from '../params/schema.ts';

export interface BudgetSplitSettings {
  /** Total daily budget, RMB/day. */
  totalBudgetDaily: number;
  /** Share of the private operating budget (after the fixed cost) spent on staff, 0–1. */
  staffShare: number;
  /** Share of the private operating budget spent on group events, 0–1 (staff + group ≤ 1; content gets the rest). */
  groupShare: number;
}

/** What each part of the budget bought, for the read-outs and the export. */
export interface BudgetAllocation {
  paidBudgetDaily: number;
  privateBudgetDaily: number;
  staff: number;
  groups: number;
  pushesPerWeek: number;
  promotionsPerMonth: number;
  /** The fixed cost, including what whole staff, groups and capped pushes left unspent. */
  privateFixedCostDaily: number;
  /** Spend a day by budgeted category: they sum to the total budget. */
  spend: { ads: number; staff: number; groups: number; content: number; fixed: number };
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
  if (!(privateBudgetDaily > 1e-9)) {
    return {
      paidBudgetDaily: T, privateBudgetDaily: 0, staff: 0, groups: 0, pushesPerWeek: 0, promotionsPerMonth: 0, privateFixedCostDaily: 0,
      spend: { ads: T, staff: 0, groups: 0, content: 0, fixed: 0 },
    };
  }
  const fixedBase = Math.min(base.privateFixedCostDaily, privateBudgetDaily);
  const operating = privateBudgetDaily - fixedBase;

  const staff = base.staffCostDaily > 0 ? clampCount('staff', (settings.staffShare * operating) / base.staffCostDaily) : base.staff;
  const staffSpend = staff * base.staffCostDaily;
  const groupCostDaily = (base.groupEventCost * base.groupEventsPerWeek) / 7;
  const groups = groupCostDaily > 0 ? clampCount('groups', (settings.groupShare * operating) / groupCostDaily) : base.groups;
  const groupSpend = groups * groupCostDaily;

  // Content: what staff and groups did not take of the operating budget.
  let promotionsPerMonth = Math.min(base.promotionsPerMonth, base.pushCapMonthly);
  let pushesPerWeek = base.pushesPerWeek;
  if (base.pushCost > 0) {
    const content = Math.max(0, operating - staffSpend - groupSpend);
    const pushesAffordable = (content * 30) / base.pushCost; // a month
    promotionsPerMonth = Math.min(promotionsPerMonth, Math.floor(pushesAffordable));
    const contentPushes = Math.min(pushesAffordable - promotionsPerMonth, base.pushCapMonthly - promotionsPerMonth);
    pushesPerWeek = Math.max(0, (contentPushes * 7) / 30);
  }
  // The schedule sends min(plan, what the cap leaves) content pushes, both a month (content.ts).
  const contentSpend = base.pushCost > 0
    ? ((promotionsPerMonth + Math.min((pushesPerWeek * 30) / 7, base.pushCapMonthly - promotionsPerMonth)) * base.pushCost) / 30
    : 0;
  const privateFixedCostDaily = Math.max(0, privateBudgetDaily - staffSpend - groupSpend - contentSpend);
  return {
    paidBudgetDaily,
    privateBudgetDaily,
    staff,
    groups,
    pushesPerWeek,
    promotionsPerMonth,
    privateFixedCostDaily,
    spend: { ads: paidBudgetDaily, staff: staffSpend, groups: groupSpend, content: contentSpend, fixed: privateFixedCostDaily },
  };
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
    pushesPerWeek: a.pushesPerWeek,
    promotionsPerMonth: a.promotionsPerMonth,
  };
}
