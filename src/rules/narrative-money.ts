/**
 * The money of the narrative: the unit it states its amounts in (万元 as most disclosures do, or 元),
 * table figures brought into that unit, and the places its amounts are compared at.
 */
import { convertUnit, Decimal, decimalsOf, unitDecimals, type MoneyUnit } from "../amount";
import type { Reading } from "../reader/types";

/** The unit the narrative states its amounts in. */
export function narrativeUnit(reading: Reading): MoneyUnit {
  return reading.money_unit ?? "万元";
}

/** A table's printed figure in the narrative's unit (the table printing 元 for a narrative in 万元, or the reverse). */
export function inNarrativeUnit(reading: Reading, figure: string, tableUnit: MoneyUnit | undefined): Decimal {
  const value = new Decimal(figure);
  return tableUnit ? convertUnit(value, tableUnit, narrativeUnit(reading)) : value;
}

/**
 * The decimals amounts in `unit` are compared at: two in 万元; in 元, as many as the printed figures
 * have (whole 元, or 元 and 分).
 */
export function placesIn(unit: MoneyUnit, printed: readonly (string | undefined)[]): number {
  if (unit === "万元") return 2;
  let places = 0;
  for (const figure of printed) if (figure) places = Math.max(places, decimalsOf(figure));
  return places;
}

/** The decimals narrative amounts are compared at (placesIn the narrative's unit). */
export function narrativePlaces(reading: Reading, printed: readonly (string | undefined)[]): number {
  return placesIn(narrativeUnit(reading), printed);
}

/**
 * The places a narrative amount printed to `places` is compared with a figure of a table printed in
 * `tableUnit` at: its own, or the table's where the table is the coarser. A table in 万元 prints to
 * 0.01 万元, 100 元: for a narrative in 元 that is places −2, so n figures may drift by n × 50 元.
 */
export function comparePlaces(reading: Reading, places: number, tableUnit: MoneyUnit | undefined): number {
  return placesAgainst(narrativeUnit(reading), places, tableUnit);
}

/** The same for an amount in `unit` (a performance table's, say) printed to `places`. */
export function placesAgainst(unit: MoneyUnit, places: number, tableUnit: MoneyUnit | undefined): number {
  if (!tableUnit || tableUnit === unit) return places;
  const shift = tableUnit === "万元" ? -4 : 4;
  return Math.min(places, unitDecimals(tableUnit) + shift);
}
