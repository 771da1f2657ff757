/**
 * The figures analysts compute on budgets: shares, year-over-year changes, the previous year a
 * disclosure implies, per-capita amounts, subsidy totals and reconciliation differences.
 *
 * Pure and exact: inputs and results are Decimals; a figure that cannot be computed throws a
 * BudgetError whose kind maps onto an Excel error (#DIV/0!, #VALUE!, #N/A).
 */
import { Decimal, YUAN_PER_WAN, convertUnit, decimalFromNumber, roundingTolerance as toleranceOfRounding, sum, type MoneyUnit } from "./amount";
import { exactGrowth, exactQuotient } from "./exact-ratio";

export type BudgetErrorKind = "div0" | "value" | "na";

export class BudgetError extends Error {
  constructor(
    readonly kind: BudgetErrorKind,
    /** Chinese message first, English after a slash: Excel shows it in the error tooltip. */
    message: string,
  ) {
    super(message);
    this.name = "BudgetError";
  }
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);

/** 占比: part / total, as a fraction (0.7731 for 77.31%). */
export function share(part: Decimal, total: Decimal): Decimal {
  if (total.isZero()) throw new BudgetError("div0", "总数为 0，无法计算占比 / the total is zero");
  return part.div(total);
}

/** share() for cell numbers, as a double: the exact integer path where it applies, decimal.js otherwise. */
export function shareOfNumbers(part: number, total: number): number {
  if (total === 0) return share(new Decimal(part), new Decimal(0)).toNumber();
  return exactQuotient(part, total) ?? share(decimalFromNumber(part), decimalFromNumber(total)).toNumber();
}

/**
 * 同比 / 比上年 growth rate: (current − previous) / previous.
 * previous = 0: both 0 gives 0; otherwise #DIV/0!, unless `newItemAs` says how the disclosure
 * writes a new item (disclosures conventionally print "增长 100%": newItemAs = 1).
 */
export function yoy(current: Decimal, previous: Decimal, newItemAs?: Decimal): Decimal {
  if (previous.isZero()) {
    if (current.isZero()) return ZERO;
    if (newItemAs !== undefined) return newItemAs;
    throw new BudgetError("div0", "上年数为 0（新增项目），增长率无定义 / the previous year is zero");
  }
  return current.minus(previous).div(previous);
}

/** yoy() for cell numbers, as a double: the exact integer path where it applies, decimal.js otherwise. */
export function yoyOfNumbers(current: number, previous: number, newItemAs?: number): number {
  if (previous !== 0) {
    const fast = exactGrowth(current, previous);
    if (fast !== undefined) return fast;
  }
  const rate = yoy(
    decimalFromNumber(current),
    decimalFromNumber(previous),
    newItemAs === undefined ? undefined : decimalFromNumber(newItemAs),
  );
  return rate.toNumber();
}

/** 增减额: current − previous. */
export function change(current: Decimal, previous: Decimal): Decimal {
  return current.minus(previous);
}

/** The previous year implied by a current figure and its 比上年增减额: current − change. */
export function previousFromChange(current: Decimal, changeAmount: Decimal): Decimal {
  return current.minus(changeAmount);
}

/** The previous year implied by a current figure and its growth rate: current / (1 + rate). */
export function previousFromRate(current: Decimal, rate: Decimal): Decimal {
  const factor = ONE.plus(rate);
  if (factor.isZero()) {
    throw new BudgetError("div0", "下降 100% 时无法推算上年数 / a rate of −100% leaves no previous year");
  }
  return current.div(factor);
}

/**
 * 人均: amount per person in 元, per person per month when months is given.
 * `unit` is the unit of `amount` (万元 by default).
 */
export function perCapita(amount: Decimal, persons: Decimal, months?: Decimal, unit: MoneyUnit = "万元"): Decimal {
  if (persons.isZero()) throw new BudgetError("div0", "人数为 0 / no persons");
  if (persons.isNegative()) throw new BudgetError("value", "人数不能为负 / persons cannot be negative");
  if (months !== undefined && months.lte(0)) {
    throw new BudgetError("value", "月数必须大于 0 / months must be positive");
  }
  return convertUnit(amount, unit, "元").div(persons).div(months ?? ONE);
}

/**
 * 补助总额: persons × standard (元 per person, per month when months is given) × months, in `unit`
 * (万元 by default, or 元).
 */
export function subsidy(persons: Decimal, standardYuan: Decimal, months?: Decimal, unit: MoneyUnit = "万元"): Decimal {
  if (persons.isNegative()) throw new BudgetError("value", "人数不能为负 / persons cannot be negative");
  if (months !== undefined && months.isNegative()) {
    throw new BudgetError("value", "月数不能为负 / months cannot be negative");
  }
  return convertUnit(persons.times(standardYuan).times(months ?? ONE), "元", unit);
}

/** The most that n figures rounded to two decimals can drift from their exact sum: 0.005 × n. */
export function roundingTolerance(count: Decimal): Decimal {
  if (count.isNegative() || !count.isInteger()) {
    throw new BudgetError("value", "项数必须是非负整数 / the count must be a whole number ≥ 0");
  }
  return toleranceOfRounding(count, 2);
}

/**
 * total − Σ parts. With a tolerance, a difference no larger than it (a rounding difference)
 * reconciles to 0; a larger one is returned as it is.
 */
export function reconcile(total: Decimal, parts: readonly Decimal[], tolerance?: Decimal): Decimal {
  if (tolerance !== undefined && tolerance.isNegative()) {
    throw new BudgetError("value", "容差不能为负 / the tolerance cannot be negative");
  }
  const difference = total.minus(sum(parts));
  if (tolerance !== undefined && difference.abs().lte(tolerance)) return ZERO;
  return difference;
}

/** 元 → 万元. */
export function wan(yuan: Decimal): Decimal {
  return yuan.div(YUAN_PER_WAN);
}

/** 万元 → 元. */
export function yuan(wanAmount: Decimal): Decimal {
  return wanAmount.times(YUAN_PER_WAN);
}
