/**
 * A formula intent as Excel text: BUDGET.* custom functions inside the add-in, native formulas
 * that compute the same thing in a file (where the custom functions do not exist).
 */
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
    case "SUBSIDY":
      return c !== undefined ? `=${a}*${b}*${c}/10000` : `=${a}*${b}/10000`;
  }
}
