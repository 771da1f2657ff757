/**
 * Amounts as the narrative prints them: a figure's digits, an amount in 万元 or in 元 as a pattern
 * to build on, and the unit a narrative states its amounts in.
 */
import type { MoneyUnit } from "../amount";
import type { TextLine } from "./text-lines";

/** A printed figure's digits, unsigned: "1,234.56", "20". */
export const DIGITS = String.raw`\d[\d,]*(?:\.\d+)?`;

const WAN_AMOUNT = /\d\s*万元/g;
const YUAN_AMOUNT = /\d\s*元(?![/／])/g;

/** How many times the (global) pattern matches the text. */
function countMatches(pattern: RegExp, text: string): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) count++;
  return count;
}

export function narrativeMoneyUnit(lines: TextLine[]): MoneyUnit | undefined {
  let wan = 0;
  let yuan = 0;
  for (const line of lines) {
    if (line.cells || !line.text.includes("元")) continue;
    wan += countMatches(WAN_AMOUNT, line.text);
    yuan += countMatches(YUAN_AMOUNT, line.text);
  }
  if (wan === 0 && yuan === 0) return undefined;
  return wan >= yuan / 2 ? "万元" : "元";
}

/**
 * An amount in each unit, as a pattern to build on: in 万元, the unit maybe spaced out ("165.00 万 元");
 * in 元, not a rate ("1,650,000.00 元", not "110 元/人").
 */
export const UNIT_AMOUNT: Record<MoneyUnit, string> = {
  万元: String.raw`(${DIGITS})\s*万\s*元`,
  元: String.raw`(${DIGITS})\s*元(?!\s*[/／])`,
};

/** One pattern for each unit, built from the unit's amount pattern. */
export function byUnit(pattern: (amount: string) => string): Record<MoneyUnit, RegExp> {
  return { 万元: new RegExp(pattern(UNIT_AMOUNT.万元)), 元: new RegExp(pattern(UNIT_AMOUNT.元)) };
}

/** An amount in each unit: "165.00 万元" → "165.00". */
export const UNIT_FIGURE = byUnit((amount) => amount);
