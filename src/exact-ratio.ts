/**
 * Exact ratios of cell numbers without decimal.js, for the common case.
 *
 * A budget figure such as 4686.81 is a decimal with few digits: 468681 / 10². Two such figures
 * brought to the same scale are exact integers A and B below 2⁵³, and IEEE division A / B returns
 * the double nearest to the exact quotient — the same number an exact decimal computation
 * ends in when its result is shown as a double. Where a value is not such a decimal (more than
 * 15 significant digits, more than 9 decimals, too large), these functions return undefined and
 * the caller computes with decimal.js.
 */

const POW10 = Array.from({ length: 19 }, (_, i) => 10 ** i);
const MAX_SCALE = 9;
/** Below 10¹⁵ an integer has at most 15 digits: the precision Excel keeps. */
const MAX_DIGITS_VALUE = 1e15;
/** A few units in the last place: how far x·10ᵏ may lie from the integer it stands for. */
const RELATIVE_SLACK = 2 ** -50;

/**
 * The scale k (0…9) at which x·10ᵏ is an integer of at most 15 digits, reading x the way Excel
 * does (to 15 significant digits: 0.1 + 0.2 reads as 0.3); -1 when there is none.
 */
export function decimalScale(x: number): number {
  if (Number.isInteger(x)) return Math.abs(x) < MAX_DIGITS_VALUE ? 0 : -1;
  for (let k = 1; k <= MAX_SCALE; k++) {
    const scaled = x * POW10[k];
    const integer = Math.round(scaled);
    if (Math.abs(integer) >= MAX_DIGITS_VALUE) return -1;
    if (Math.abs(scaled - integer) <= Math.abs(integer) * RELATIVE_SLACK) return k;
  }
  return -1;
}

/** x as an integer at scale k (x·10ᵏ), when it fits exactly; NaN otherwise. */
function atScale(x: number, own: number, k: number): number {
  const integer = Math.round(x * POW10[own]) * POW10[k - own];
  return Math.abs(integer) <= Number.MAX_SAFE_INTEGER ? integer : Number.NaN;
}

const noNegativeZero = (x: number) => (x === 0 ? 0 : x);

/** A range divided by one total asks for the total's scale again and again. */
let lastBase = Number.NaN;
let lastBaseScale = -1;

function baseScale(b: number): number {
  if (b !== lastBase) {
    lastBase = b;
    lastBaseScale = decimalScale(b);
  }
  return lastBaseScale;
}

/** a / b exactly rounded, or undefined when the fast path cannot promise it (b must not be 0). */
export function exactQuotient(a: number, b: number): number | undefined {
  const ka = decimalScale(a);
  const kb = baseScale(b);
  if (ka < 0 || kb < 0) return undefined;
  const k = Math.max(ka, kb);
  const numerator = atScale(a, ka, k);
  const denominator = atScale(b, kb, k);
  if (Number.isNaN(numerator) || Number.isNaN(denominator) || denominator === 0) return undefined;
  return noNegativeZero(numerator / denominator);
}

/** (current − previous) / previous exactly rounded, or undefined (previous must not be 0). */
export function exactGrowth(current: number, previous: number): number | undefined {
  const kc = decimalScale(current);
  const kp = baseScale(previous);
  if (kc < 0 || kp < 0) return undefined;
  const k = Math.max(kc, kp);
  const c = atScale(current, kc, k);
  const p = atScale(previous, kp, k);
  const difference = c - p;
  if (Number.isNaN(difference) || Math.abs(difference) > Number.MAX_SAFE_INTEGER || p === 0) return undefined;
  return noNegativeZero(difference / p);
}
