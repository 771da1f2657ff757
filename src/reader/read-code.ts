/**
 * Codes as printed, and garbled ones repaired: "20 3 5" read as the code this disclosure's other
 * tables (or the catalogue) give the same name under the same parent; "208 5" as 20805. Every
 * repair is recorded, and noted in the table's notes (repairNote).
 */
import { ECONOMIC_CODES, FUNCTION_CODES, FUNCTION_CODE_OTHER_NAMES } from "../catalogue/codes";
import type { ReadContext } from "./read-tables";
import type { CodeRepair } from "./types";

const CODE_LENGTHS = new Set([3, 5, 7]);

/**
 * The code of a row from its printed parts. A well-formed code is read as printed. A garbled one
 * ("20 3 5") is read as the code this disclosure's other tables (or the catalogue) give the same
 * name under the same parent, and the repair is recorded. `ancestors` are the codes of the rows above
 * it that it may stand under, outermost first, nearest last (a garbled code's row may follow a
 * sibling's children); "" for a unit's subtotal row, which has no code.
 */
export function readCode(
  parts: string[],
  name: string,
  ancestors: string[],
  context: ReadContext,
  repairs: CodeRepair[],
): string {
  const printed = parts.join("");
  const parentCode = ancestors[ancestors.length - 1] || undefined;
  const wellFormed =
    CODE_LENGTHS.has(printed.length) &&
    parts[0]?.length === 3 &&
    parts.slice(1).every((p) => p.length === 2) &&
    (parentCode === undefined || printed.length <= parentCode.length || printed.startsWith(parentCode.slice(0, 3)));
  if (wellFormed) return printed;
  // A lost leading zero ("208 5 5" for 208 05 05): pad, and keep it where the name agrees.
  if (parts[0]?.length === 3 && parts.length > 1 && parts.slice(1).every((p) => p.length <= 2)) {
    const padded = parts[0] + parts.slice(1).map((p) => p.padStart(2, "0")).join("");
    const knownNames = namesOf(padded, context);
    if (knownNames.length > 0 && (name === "" || knownNames.includes(name))) {
      repairs.push({ code: padded, name: name || undefined, printed: parts.join(" "), kind: "leading-zero" });
      return padded;
    }
  }
  const byName = [...context.namesByCode.entries()].filter(([, n]) => n === name).map(([c]) => c);
  const catalogue = CODES_BY_NAME.get(name) ?? [];
  // The printed digits narrow the candidates only where the class part survived ("20 3 5" still
  // starts like 201…); a class printed as "7" says nothing, and the parent row decides.
  const classSurvived = (parts[0]?.length ?? 0) >= 2;
  const named = [...new Set([...byName, ...catalogue])].filter((code) => parentCode === undefined || code.length <= 3 || code.startsWith(parentCode.slice(0, 3)));
  // Where the name is that of a child of a row above ("27 01 99 其他文化和旅游支出" under 207 01),
  // the parent decides, whatever digits survived.
  let underParent: string | undefined;
  for (let i = ancestors.length - 1; i >= 0 && !underParent; i--) {
    const ancestor = ancestors[i];
    if (ancestor) underParent = named.find((c) => c.startsWith(ancestor) && c.length > ancestor.length);
  }
  const chosen = underParent ?? named.filter((code) => !classSurvived || code.startsWith(printed.slice(0, 2))).sort((a, b) => a.length - b.length)[0];
  if (chosen) {
    repairs.push({ code: chosen, name, printed: parts.join(" "), kind: "garbled" });
    return chosen;
  }
  repairs.push({ code: printed, name, printed: parts.join(" "), kind: "unreadable" });
  return printed;
}

/** The row a repair was on, as its note names it: "其他社会工作事务支出，项目“情报信息费”" (表7 prints a code once per project). */
function repairedRow(repair: CodeRepair): string {
  return [repair.name, repair.project && `项目“${repair.project}”`].filter(Boolean).join("，");
}

/** The table's note on a repaired code, naming the row by its name and, in 表7, its project. */
export function repairNote(tableLabel: string, repair: CodeRepair): string {
  const row = repairedRow(repair);
  const named = row ? `（${row}）` : "";
  switch (repair.kind) {
    case "leading-zero":
      return `${tableLabel} 科目编码“${repair.printed}”${repair.project ? named : ""}缺少前导零，读作 ${repair.code} / code "${repair.printed}" lost a leading zero, read as ${repair.code}`;
    case "garbled":
      return `${tableLabel} 科目编码印作“${repair.printed}”${named}，按同名科目读作 ${repair.code} / code printed as "${repair.printed}", read as ${repair.code} by its name`;
    case "missing":
      return `${tableLabel} ${repair.name ?? ""}：没有印出科目编码，按名称读作 ${repair.code} / the row has no code, read as ${repair.code} by its name`;
    case "unreadable":
      return `${tableLabel} 科目编码“${repair.printed}”${named}不完整，按印出的数字读取 / malformed code kept as printed`;
  }
}

/** Catalogue codes by every name they go by. */
const CODES_BY_NAME = new Map<string, string[]>();
for (const [code, name] of Object.entries({ ...FUNCTION_CODES, ...ECONOMIC_CODES })) {
  for (const n of [name, ...(FUNCTION_CODE_OTHER_NAMES[code] ?? [])]) CODES_BY_NAME.set(n, [...(CODES_BY_NAME.get(n) ?? []), code]);
}

/**
 * The class (类) a row printed with no code is, by its name: "工资福利支出" is 301 in a table of
 * economic classes, "一般公共服务支出" 201 in one of function classes; undefined for any other name
 * (a unit's subtotal row, which has no code).
 */
export function classByName(name: string, economic: boolean): string | undefined {
  return (CODES_BY_NAME.get(name) ?? []).find((code) => code.length === 3 && (economic ? ECONOMIC_CODES[code] : FUNCTION_CODES[code]) !== undefined);
}

/** The names a code goes by: in this disclosure's tables and in the catalogue. */
export function namesOf(code: string, context: ReadContext): string[] {
  const names = [context.namesByCode.get(code), FUNCTION_CODES[code], ECONOMIC_CODES[code], ...(FUNCTION_CODE_OTHER_NAMES[code] ?? [])];
  return names.filter((n): n is string => Boolean(n));
}
