/**
 * A formula intent as Excel text: BUDGET.* custom functions inside the add-in, native formulas
 * that compute the same thing in a file (where the custom functions do not exist).
 */
import { decimalFromNumber, type Decimal } from "../amount";
import * as analytics from "../analytics";
import type { FormulaSpec } from "./types";

const arg = (value: string | number) => String(value);

/** For the add-in: "=BUDGET.SHARE(C2,E2)". */
export function addinFormula(spec: FormulaSpec): string {
  const args = spec.args.map(arg);
  switch (spec.fn) {
    case "REF":
      return `=${args[0]}`;
    case "DIFF":
      return `=BUDGET.RECONCILE(${args[0]},${args[1]})`;
    case "SUBSIDY":
      // The unit is the fourth argument: months left empty where not given.
      return spec.unit === "元" ? `=BUDGET.SUBSIDY(${[...args, "", ""].slice(0, 3).join(",")},"元")` : `=BUDGET.SUBSIDY(${args.join(",")})`;
    default:
      return `=BUDGET.${spec.fn}(${args.join(",")})`;
  }
}

/** For a file: a native formula with the same result ("=C2/E2"). */
export function nativeFormula(spec: FormulaSpec): string {
  const [a, b, c] = spec.args.map(arg);
  switch (spec.fn) {
    case "REF":
      return `=${a}`;
    case "SHARE":
      return `=${a}/${b}`;
    case "YOY":
      // Previous year 0: the new-item convention when given (disclosures write "增长 100%").
      return c !== undefined ? `=IF(${b}=0,IF(${a}=0,0,${c}),(${a}-${b})/${b})` : `=(${a}-${b})/${b}`;
    case "CHANGE":
    case "DIFF":
      return `=${a}-${b}`;
    case "PREVIOUS":
      return `=${a}-${b}`;
    case "SUBSIDY": {
      const product = c !== undefined ? `${a}*${b}*${c}` : `${a}*${b}`;
      return spec.unit === "元" ? `=${product}` : `=${product}/10000`;
    }
  }
}

/**
 * The value a formula computes, from the layout's own cells, exactly (decimal arithmetic), so a
 * file carries it as the formula's cached result and any spreadsheet program shows it at once.
 * undefined where the formula has no value (a blank or a zero base).
 */
export function evaluateFormula(spec: FormulaSpec, cellValue: (reference: string) => unknown): number | undefined {
  const number = (arg: string | number): Decimal | undefined => {
    const value = typeof arg === "number" ? arg : cellValue(arg);
    if (typeof value === "number" && Number.isFinite(value)) return decimalFromNumber(value);
    return undefined;
  };
  try {
    const [a, b, c] = spec.args.map(number);
    switch (spec.fn) {
      case "REF":
        return a?.toNumber();
      case "SHARE":
        return a && b && !b.isZero() ? analytics.share(a, b).toNumber() : undefined;
      case "YOY":
        return a && b ? analytics.yoy(a, b, c).toNumber() : undefined;
      case "CHANGE":
      case "DIFF":
      case "PREVIOUS":
        return a && b ? a.minus(b).toNumber() : undefined;
      case "SUBSIDY":
        return a && b ? analytics.subsidy(a, b, c, spec.unit).toNumber() : undefined;
    }
  } catch {
    return undefined;
  }
}
