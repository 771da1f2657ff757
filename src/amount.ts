/**
 * Amounts: exact decimal numbers and the money units disclosures print them in.
 *
 * Everything that adds, divides or compares budget figures goes through decimal.js so that
 * 0.1 + 0.2 is 0.3 and a 0.01 difference is exactly 0.01.
 */
import Decimal from "decimal.js";

export { Decimal };

export type MoneyUnit = "万元" | "元";

/** How many decimals a printed figure has: "182.40" → 2, "3296600" → 0. */
export function decimalsOf(figure: string): number {
  const dot = figure.indexOf(".");
  return dot < 0 ? 0 : figure.length - dot - 1;
}

/** The decimals a table prints its figures with in its unit: none in 元, two in 万元. */
export function unitDecimals(unit: MoneyUnit | undefined): number {
  return unit === "元" ? 0 : 2;
}

/** 1 万元 = 10,000 元. */
export const YUAN_PER_WAN = new Decimal(10000);

/**
 * Excel keeps 15 significant digits. Converting a JS number through 15 significant digits
 * removes binary-float noise (0.1 + 0.2 = 0.30000000000000004 becomes 0.3) without losing
 * anything Excel itself would show.
 */
export function decimalFromNumber(value: number): Decimal {
  return new Decimal(value.toPrecision(15));
}

const AMOUNT_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/**
 * Parses a printed amount: "1,825.90", "-467.79", "4015.3", ".5". Thousands separators must be
 * well placed ("1,82,5" is not an amount). Returns null when the text is not an amount.
 */
export function parseAmount(text: string): Decimal | null {
  const trimmed = text.trim().replace(/^＋/, "+").replace(/^[－−]/, "-");
  if (trimmed === "" || !/\d/.test(trimmed) || !AMOUNT_TEXT.test(trimmed)) return null;
  return new Decimal(trimmed.replace(/,/g, ""));
}

/** Converts an amount between 元 and 万元. */
export function convertUnit(amount: Decimal, from: MoneyUnit, to: MoneyUnit): Decimal {
  if (from === to) return amount;
  return from === "元" ? amount.div(YUAN_PER_WAN) : amount.times(YUAN_PER_WAN);
}

/** A printed figure in another unit; as printed where the units agree or either is unknown. */
export function figureInUnit(printed: string, from: MoneyUnit | undefined, to: MoneyUnit | undefined): string {
  return from && to && from !== to ? convertUnit(new Decimal(printed), from, to).toString() : printed;
}

/**
 * The most a sum of `terms` figures, each rounded to `decimals` places, can drift from the exact
 * sum: half a unit of the last place per figure (0.005 × n for 万元 with two decimals).
 */
export function roundingTolerance(terms: number | Decimal, decimals = 2): Decimal {
  if (typeof terms !== "number") return halfUnit(decimals).times(terms);
  // The same few (terms, decimals) recur in every table: each is worked out once (Decimals are immutable).
  const key = `${decimals}:${terms}`;
  let tolerance = TOLERANCES.get(key);
  if (!tolerance) {
    tolerance = halfUnit(decimals).times(terms);
    if (TOLERANCES.size < 1000) TOLERANCES.set(key, tolerance);
  }
  return tolerance;
}

const TOLERANCES = new Map<string, Decimal>();

/** Half a unit in the last of `decimals` places: 0.005 for two. */
function halfUnit(decimals: number): Decimal {
  return new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
}

/** Rounds half-up to a number of decimals, the way disclosures round. */
export function roundHalfUp(value: Decimal, decimals: number): Decimal {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** Σ of decimals (0 for an empty list). */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = new Decimal(0);
  for (const value of values) total = total.plus(value);
  return total;
}
