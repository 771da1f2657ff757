/**
 * Reading and looking up classification codes: "201 03 01", "2010301" or 2010301 all name
 * 行政运行 under 一般公共服务支出. Function codes start with 2 and have 3/5/7 digits; economic
 * codes start with 3 and have 3/5 digits.
 */
import { BudgetError } from "../analytics";
import { ECONOMIC_CODES, FUNCTION_CODES, FUNCTION_CODE_OTHER_NAMES } from "./codes";

export type CodeSystem = "function" | "economic";
export type CodeLevel = "类" | "款" | "项";

export interface ClassificationCode {
  /** The digits, concatenated: "2010301". */
  code: string;
  system: CodeSystem;
  level: CodeLevel;
}

const LEVEL_BY_LENGTH: Record<number, CodeLevel> = { 3: "类", 5: "款", 7: "项" };

/**
 * Parses a code as a user or a disclosure writes it. Throws a #VALUE! BudgetError for anything
 * that is not a well-formed function or economic code.
 */
export function parseCode(input: string | number): ClassificationCode {
  const text = typeof input === "number" ? (Number.isInteger(input) ? String(input) : "") : input;
  const digits = text.replace(/\s+/g, "");
  if (!/^\d+$/.test(digits)) {
    throw new BudgetError("value", `“${String(input)}” 不是科目编码 / not a classification code`);
  }
  const level = LEVEL_BY_LENGTH[digits.length];
  if (level === undefined) {
    throw new BudgetError(
      "value",
      `科目编码应为 3、5 或 7 位数字，“${String(input)}” 有 ${digits.length} 位 / a code has 3, 5 or 7 digits`,
    );
  }
  if (digits.startsWith("2")) return { code: digits, system: "function", level };
  if (digits.startsWith("3")) {
    if (level === "项") {
      throw new BudgetError("value", `经济分类科目只有类、款两级：“${String(input)}” / economic codes have 3 or 5 digits`);
    }
    return { code: digits, system: "economic", level };
  }
  throw new BudgetError(
    "value",
    `“${String(input)}” 既不是功能分类（2 开头）也不是经济分类（3 开头）编码 / neither a function nor an economic code`,
  );
}

function catalogueOf(system: CodeSystem): Readonly<Record<string, string>> {
  return system === "function" ? FUNCTION_CODES : ECONOMIC_CODES;
}

/** The catalogue name of a code, or undefined when the catalogue does not know it. */
export function lookupCodeName(code: ClassificationCode): string | undefined {
  return catalogueOf(code.system)[code.code];
}

/** Every name the catalogue accepts for a code: its name and the names it had in other years. */
export function acceptedCodeNames(code: ClassificationCode): string[] {
  const name = lookupCodeName(code);
  if (name === undefined) return [];
  return [name, ...(code.system === "function" ? (FUNCTION_CODE_OTHER_NAMES[code.code] ?? []) : [])];
}

/** The name of a code; #N/A when the catalogue does not know it. */
export function codeName(input: string | number): string {
  const code = parseCode(input);
  const name = lookupCodeName(code);
  if (name === undefined) throw new BudgetError("na", `科目 ${code.code} 不在目录中 / unknown code`);
  return name;
}

function requireKnownClass(code: ClassificationCode): void {
  if (catalogueOf(code.system)[code.code.slice(0, 3)] === undefined) {
    throw new BudgetError("na", `类级科目 ${code.code.slice(0, 3)} 不在目录中 / unknown class`);
  }
}

/** 类 / 款 / 项. The level follows from the digits; the 类 must exist. */
export function codeLevel(input: string | number): CodeLevel {
  const code = parseCode(input);
  requireKnownClass(code);
  return code.level;
}

/** The parent code (款 → 类, 项 → 款); #N/A for a 类, which has none. */
export function codeParent(input: string | number): string {
  const code = parseCode(input);
  requireKnownClass(code);
  if (code.level === "类") throw new BudgetError("na", `${code.code} 是类级科目，没有上级 / a class has no parent`);
  return code.code.slice(0, code.code.length - 2);
}
