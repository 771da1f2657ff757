/**
 * Comparing a printed figure with the figure the arithmetic gives, exactly (decimal.js), and
 * telling rounding apart from error: n figures rounded to d decimals can drift by 0.5·10⁻ᵈ each.
 */
import { Decimal, decimalsOf, roundingTolerance, sum } from "../amount";
import type { Severity } from "./types";

export { decimalsOf, roundingTolerance };

export interface Comparison {
  severity: Severity | undefined;
  difference: Decimal;
  /** The printed figure is the computed one with its decimal point moved (×10, ×100, ÷10, ÷100). */
  decimalSlip?: number;
}

/**
 * undefined severity when they agree; "rounding" within the tolerance of `terms` rounded figures;
 * "error" beyond. `decimals` defaults to the printed figures' own.
 */
export function compareFigures(printed: Decimal, computed: Decimal, terms: number, decimals: number): Comparison {
  const difference = printed.minus(computed);
  if (difference.isZero()) return { severity: undefined, difference };
  if (difference.abs().lte(roundingTolerance(terms, decimals))) return { severity: "rounding", difference };
  for (const factor of [10, 100, 1000]) {
    if (!computed.isZero() && (printed.times(factor).eq(computed) || printed.div(factor).eq(computed))) {
      return { severity: "error", difference, decimalSlip: printed.times(factor).eq(computed) ? factor : -factor };
    }
  }
  return { severity: "error", difference };
}

const ZERO = new Decimal(0);
const parsed = new Map<string, Decimal>();

/** A printed figure as a Decimal (blank is 0). Decimals are immutable, so parses are shared. */
export function dec(value: string | undefined): Decimal {
  if (value === undefined || value === "") return ZERO;
  let decimal = parsed.get(value);
  if (decimal === undefined) {
    decimal = new Decimal(value);
    if (parsed.size > 50_000) parsed.clear();
    parsed.set(value, decimal);
  }
  return decimal;
}

/**
 * A printed figure ("-1825.90") as an integer count of 10⁻ˢᶜᵃˡᵉ, or NaN where it is no plain
 * figure, has more decimals than `scale`, or lies beyond the integers a double holds exactly.
 * Digits accumulate from the left, so a value that ends within 2⁵³ was exact all the way.
 */
function scaledFigure(figure: string, scale: number): number {
  let i = figure.charCodeAt(0) === 45 ? 1 : 0;
  const negative = i === 1;
  if (i === figure.length) return Number.NaN;
  let value = 0;
  let decimals = -1;
  for (; i < figure.length; i++) {
    const c = figure.charCodeAt(i);
    if (c === 46 && decimals < 0) decimals = 0;
    else if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      if (decimals >= 0) decimals++;
    } else return Number.NaN;
  }
  if (decimals > scale) return Number.NaN;
  value *= 10 ** (scale - Math.max(decimals, 0));
  if (value > Number.MAX_SAFE_INTEGER) return Number.NaN;
  return negative ? -value : value;
}

/** The most decimals the integer fast paths take on; beyond them, and beyond 2⁵³, decimal.js decides. */
const MAX_SCALE = 9;

/** The most decimals among the figures (blanks skipped): the scale they are compared at. */
function mostDecimals(figures: readonly (string | undefined)[]): number {
  let most = 0;
  for (const figure of figures) if (figure) most = Math.max(most, decimalsOf(figure));
  return most;
}

/**
 * Is `total` exactly the sum of `parts` (blank is 0)? The common case of the table rules, answered
 * with integers; false means "not shown equal here" and the caller compares with decimal.js, which
 * also covers figures beyond the integer range.
 */
export function sumsExactly(total: string | undefined, parts: readonly (string | undefined)[]): boolean {
  const scale = Math.max(total ? decimalsOf(total) : 0, mostDecimals(parts));
  if (scale > MAX_SCALE) return false;
  let sum = 0;
  for (const part of parts) {
    if (!part) continue;
    sum += scaledFigure(part, scale);
    if (!(Math.abs(sum) <= Number.MAX_SAFE_INTEGER)) return false;
  }
  return sum === (total ? scaledFigure(total, scale) : 0);
}

/** Plain printed figures as integers at their common scale; undefined where one is no plain figure. */
export function atCommonScale(figures: readonly string[]): number[] | undefined {
  const scale = mostDecimals(figures);
  if (scale > MAX_SCALE) return undefined;
  const values = figures.map((figure) => scaledFigure(figure, scale));
  return values.every(Number.isFinite) ? values : undefined;
}

/**
 * Does numerator ÷ denominator × 100 (exact integers at one scale), rounded half-up to `places`,
 * certainly print as `printed`? Answered in floating point only where the quotient lies clearly
 * inside the printed figure's rounding interval — the margin (10⁻⁹) is far above the error of
 * one correctly rounded division of exact integers for percentages below 10⁶; false means
 * "compute it exactly".
 */
export function percentClearlyRoundsTo(numerator: number, denominator: number, printed: string, places: number): boolean {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) return false;
  const percent = (numerator / denominator) * 100;
  const value = Number(printed);
  if (!Number.isFinite(value) || Math.abs(percent) > 1e6) return false;
  // Half-up rounds away from zero: a figure covers sizes [|p| − h, |p| + h) on its own side of zero.
  if (percent !== 0 && value !== 0 && Math.sign(percent) !== Math.sign(value)) return false;
  return Math.abs(Math.abs(percent) - Math.abs(value)) < 0.5 * 10 ** -places - 1e-9;
}

/** Σ of printed figures (blank is 0). */
export function sumOf(values: readonly (string | undefined)[]): Decimal {
  return sum(values.map((value) => dec(value)));
}

/** A figure as a reader writes it: thousands separators, no trailing noise. */
export function show(value: Decimal, decimals: number): string {
  return value.toFixed(decimals);
}
