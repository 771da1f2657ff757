/**
 * The BUDGET custom functions. Each is a thin wrapper over src/: it reads the cells, calls the
 * exact decimal arithmetic, and returns numbers, text or Excel errors. custom-functions-metadata
 * generates functions.json from these comments; functions/zh-CN.json gives the Chinese names.
 *
 * The id of each function is its export name in capitals (share → SHARE): register.ts relies on it.
 */
import * as analytics from "../src/analytics";
import { BudgetError } from "../src/analytics";
import { codeLevel as levelOfCode, codeName as nameOfCode, codeParent as parentOfCode } from "../src/catalogue/classification";
import type { MoneyUnit } from "../src/amount";
import {
  type CellMatrix,
  type CellValue,
  isBlank,
  optionalNumber,
  readNumber,
  requireNumber,
  single,
  spill,
} from "./cell-values";

/**
 * 占比: part ÷ total, as a fraction to format as a percentage. Part may be a range: the result spills in its shape.
 * @customfunction SHARE
 * @param part The amount, or a range of amounts, whose share is wanted. Blank cells stay blank.
 * @param total The base (e.g. 收入总计).
 * @returns The share as a fraction (0.7731 = 77.31%).
 */
export function share(part: any[][], total: any[][]): any[][] {
  return spill([part, total], ([p, t]) => {
    if (typeof p === "number" && typeof t === "number") return analytics.shareOfNumbers(p, t);
    if (isBlank(p)) return null;
    return analytics.share(requireNumber(p, "part"), requireNumber(t, "total"));
  });
}

/**
 * 同比 / 比上年: growth rate (current − previous) ÷ previous. A blank previous year is #N/A, not zero.
 * @customfunction YOY
 * @param current This year's amount (or a range).
 * @param previous Last year's amount (or a range of the same shape).
 * @param [newItemAs] The rate to show for a new item (previous year 0). Disclosures print "增长 100%": give 1. Omitted: #DIV/0!.
 * @returns The growth rate as a fraction (−0.1259 = −12.59%).
 */
export function yoy(current: any[][], previous: any[][], newItemAs?: any[][]): any[][] {
  return spill([current, previous, newItemAs ?? null], ([c, p, n]) => {
    if (typeof c === "number" && typeof p === "number" && (n === null || n === undefined || typeof n === "number")) {
      return analytics.yoyOfNumbers(c, p, n ?? undefined);
    }
    return analytics.yoy(requireNumber(c, "current"), requireNumber(p, "previous"), optionalNumber(n, "newItemAs"));
  });
}

/**
 * 增减额: current − previous.
 * @customfunction CHANGE
 * @param current This year's amount (or a range).
 * @param previous Last year's amount (or a range of the same shape).
 * @returns The change, positive for an increase.
 */
export function change(current: any[][], previous: any[][]): any[][] {
  return spill([current, previous], ([c, p]) => analytics.change(requireNumber(c, "current"), requireNumber(p, "previous")));
}

/**
 * 上年数: the previous-year figure a disclosure implies from an amount and its change ("比上年减少 467.79": change = −467.79).
 * @customfunction PREVIOUS
 * @param current This year's amount (or a range).
 * @param change The change against last year, negative for a decrease.
 * @returns current − change.
 */
export function previous(current: any[][], change: any[][]): any[][] {
  return spill([current, change], ([c, d]) =>
    analytics.previousFromChange(requireNumber(c, "current"), requireNumber(d, "change")),
  );
}

/**
 * 上年数: the previous-year figure implied by an amount and its growth rate ("下降 12.59%": rate = −0.1259).
 * @customfunction PREVIOUSBYRATE
 * @param current This year's amount (or a range).
 * @param rate The growth rate as a fraction (or a percentage cell).
 * @returns current ÷ (1 + rate).
 */
export function previousByRate(current: any[][], rate: any[][]): any[][] {
  return spill([current, rate], ([c, r]) => analytics.previousFromRate(requireNumber(c, "current"), requireNumber(r, "rate")));
}

/**
 * 人均: amount per person in 元 (per person per month when months is given).
 * @customfunction PERCAPITA
 * @param amount The total amount (or a range).
 * @param persons The number of persons.
 * @param [months] Months paid; omitted gives the amount per person for the whole period.
 * @param [unit] The unit of amount: "万元" (default) or "元".
 * @returns 元 per person (per month).
 */
export function perCapita(amount: any[][], persons: any[][], months?: any[][], unit?: any[][]): any[][] {
  return spill([amount, persons, months ?? null, unit ?? null], ([a, p, m, u]) =>
    analytics.perCapita(requireNumber(a, "amount"), requireNumber(p, "persons"), optionalNumber(m, "months"), readUnit(u)),
  );
}

/**
 * 补助总额 from a per-person standard in 元: persons × standard × months, in 万元 (÷ 10,000) or 元.
 * @customfunction SUBSIDY
 * @param persons The number of persons (or a range).
 * @param standard 元 per person (per month when months is given).
 * @param [months] Months paid; omitted counts the standard once.
 * @param [unit] The unit of the result: "万元" (default) or "元".
 * @returns The subsidy total in 万元 (or in 元).
 */
export function subsidy(persons: any[][], standard: any[][], months?: any[][], unit?: any[][]): any[][] {
  return spill([persons, standard, months ?? null, unit ?? null], ([p, s, m, u]) =>
    analytics.subsidy(requireNumber(p, "persons"), requireNumber(s, "standard"), optionalNumber(m, "months"), readUnit(u)),
  );
}

/**
 * 核对差额: total − Σ parts. With a tolerance, a difference within it (rounding) gives 0.
 * @customfunction RECONCILE
 * @param total The printed total.
 * @param parts The printed parts (a range; blank cells are skipped).
 * @param [tolerance] The largest difference to treat as rounding, e.g. BUDGET.ROUNDINGTOLERANCE(n).
 * @returns The difference, 0 when it reconciles.
 */
export function reconcile(total: any, parts: any[][], tolerance?: any): any {
  return single(() => {
    const values: ReturnType<typeof requireNumber>[] = [];
    for (const row of parts as CellMatrix) {
      for (const cell of row) {
        const value = readNumber(cell, "parts");
        if (value !== null) values.push(value);
      }
    }
    return analytics.reconcile(requireNumber(total, "total"), values, optionalNumber(tolerance, "tolerance"));
  });
}

/**
 * 舍入容差: 0.005 × n, the most that n figures rounded to two decimals can drift from their exact sum.
 * @customfunction ROUNDINGTOLERANCE
 * @param count How many rounded figures take part.
 * @returns The tolerance.
 */
export function roundingTolerance(count: any): any {
  return single(() => analytics.roundingTolerance(requireNumber(count, "count")));
}

/**
 * 科目名称: the name of a function (3/5/7 digits) or economic (3/5 digits) classification code.
 * @customfunction CODENAME
 * @param code The code, with or without spaces ("201 03 01" or 2010301), or a range of codes.
 * @returns The name; #N/A for a code not in the catalogue.
 */
export function codeName(code: any[][]): any[][] {
  return spill([code], ([c]) => (isBlank(c) ? null : nameOfCode(readCode(c))));
}

/**
 * 科目级次: 类, 款 or 项.
 * @customfunction CODELEVEL
 * @param code The code, or a range of codes.
 * @returns 类, 款 or 项.
 */
export function codeLevel(code: any[][]): any[][] {
  return spill([code], ([c]) => (isBlank(c) ? null : levelOfCode(readCode(c))));
}

/**
 * 上级科目: the parent code (项 → 款, 款 → 类).
 * @customfunction CODEPARENT
 * @param code The code, or a range of codes.
 * @returns The parent code as text; #N/A for a 类.
 */
export function codeParent(code: any[][]): any[][] {
  return spill([code], ([c]) => (isBlank(c) ? null : parentOfCode(readCode(c))));
}

/**
 * 元 → 万元.
 * @customfunction WAN
 * @param yuan An amount in 元 (or a range).
 * @returns The amount in 万元.
 */
export function wan(yuan: any[][]): any[][] {
  return spill([yuan], ([y]) => (isBlank(y) ? null : analytics.wan(requireNumber(y, "yuan"))));
}

/**
 * 万元 → 元.
 * @customfunction YUAN
 * @param wan An amount in 万元 (or a range).
 * @returns The amount in 元.
 */
export function yuan(wan: any[][]): any[][] {
  return spill([wan], ([w]) => (isBlank(w) ? null : analytics.yuan(requireNumber(w, "wan"))));
}

function readUnit(value: CellValue): MoneyUnit {
  if (isBlank(value)) return "万元";
  const text = String(value).trim();
  if (text === "万元" || text === "元") return text;
  throw new BudgetError("value", `单位应为“万元”或“元”，而不是“${text}” / unit must be 万元 or 元`);
}

function readCode(value: CellValue): string | number {
  if (typeof value === "number" || typeof value === "string") return value;
  throw new BudgetError("value", `“${String(value)}” 不是科目编码 / not a classification code`);
}
