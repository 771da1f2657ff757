/**
 * Comparing a printed figure with the figure the arithmetic gives, exactly (decimal.js), and
 * telling rounding apart from error: n figures rounded to d decimals can drift by 0.5·10⁻ᵈ each.
 */
import { Decimal, roundingTolerance } from "../amount";
import type { Severity } from "./types";

export function decimalsOf(figure: string): number {
  const dot = figure.indexOf(".");
  return dot < 0 ? 0 : figure.length - dot - 1;
}

export { roundingTolerance };

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

export function sumOf(values: (string | undefined)[]): Decimal {
  return values.reduce((total, v) => total.plus(dec(v)), new Decimal(0));
}

/** A figure as a reader writes it: thousands separators, no trailing noise. */
export function show(value: Decimal, decimals: number): string {
  return value.toFixed(decimals);
}
