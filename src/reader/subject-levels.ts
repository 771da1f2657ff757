/**
 * How a narrative subject names a row of the function classification, in the ways disclosures
 * write it: "…（类）…（款）…（项）", a code with the name ("2010301 行政运行", "行政运行（2010301）"),
 * levels joined by dashes or slashes ("一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行"), or a class
 * by its name alone ("社会保障和就业支出"); names may stand in quotes, 科目 after them ("“2010507专项普查活动”科目").
 */
import { ECONOMIC_CODES, FUNCTION_CODES } from "../catalogue/codes";

export type Level = "类" | "款" | "项";
export interface SubjectLevels {
  /** The names the subject gives, each with its level, the last the row meant. */
  levels: { name: string; level: Level }[];
  /** The code it prints, where it prints one. */
  code?: string;
}

const LEVEL_OF_LENGTH: Record<number, Level> = { 3: "类", 5: "款", 7: "项" };
/** The length of a level's codes: 类 3, 款 5, 项 7 digits (so a deeper level has the longer code). */
export const CODE_LENGTH: Record<Level, number> = { 类: 3, 款: 5, 项: 7 };

/** The function classes' names (类, three-digit codes) without their "支出", but for a name an economic class shares ("其他支出"). */
const classNames = (codes: Readonly<Record<string, string>>) =>
  Object.entries(codes)
    .filter(([code]) => code.length === 3)
    .map(([, name]) => name.replace(/支出$/, ""));
const ECONOMIC_CLASS_NAMES = new Set(classNames(ECONOMIC_CODES));
const CLASS_NAMES = new Set(classNames(FUNCTION_CODES).filter((name) => !ECONOMIC_CLASS_NAMES.has(name)));
const isClassName = (name: string) => CLASS_NAMES.has(name.replace(/支出$/, ""));

/** A code before the name ("2010301 行政运行", "[2010301]行政运行") or after it in brackets ("行政运行（2010301）"). */
const CODE_BEFORE = /^[[【]?(\d{3}|\d{5}|\d{7})[\]】]?\s*(?=[^\d\s])/;
const CODE_AFTER = /[（(](\d{3}|\d{5}|\d{7})[）)]$/;
/** The row's name where the subject quotes it, 科目 after it or not ("“2010507 专项普查活动”科目"), or says 科目 alone. */
function rowName(subject: string): string {
  let name = subject.endsWith("科目") ? subject.slice(0, -2) : subject;
  if (name.startsWith("“") || name.startsWith('"')) name = name.slice(1);
  if (name.endsWith("”") || name.endsWith('"')) name = name.slice(0, -1);
  return name;
}
/** What joins the levels where no marker does: a dash or a slash. */
const JOINER = /\s*(?:[-－—–]+|[/／])\s*/;
/** Around a level's name: quotes ("“行政运行”（项）") and the dash or slash joining it to the level before. */
const AROUND_NAME = /^[\s\-－—–/／、“”"]+|[\s\-－—–/／、“”"]+$|[“”"]/g;

/** What marks a level after its name: its level word ("（款）") or its code in brackets ("（20105）"). */
export const LEVEL_MARK = /[（(](类|款|项|\d{3}|\d{5}|\d{7})[）)]/;
const IS_CODE = /^\d/;

/**
 * The levels of a subject marked after each name, by its level word or by its code: "…（类）…（款）…（项）",
 * "一般公共服务支出（201）统计信息事务（20105）专项普查活动（2010507）", "…（款）专项普查活动（2010507）",
 * "…（项）（2010507）". The code is the last level's, where it prints one.
 */
function markedLevels(pieces: string[]): SubjectLevels | undefined {
  const levels: (SubjectLevels["levels"][number] & { code?: string })[] = [];
  for (let i = 1; i < pieces.length; i += 2) {
    const mark = pieces[i];
    const name = pieces[i - 1].replace(AROUND_NAME, "");
    const code = IS_CODE.test(mark) ? mark : undefined;
    const level = code ? LEVEL_OF_LENGTH[code.length] : (mark as Level);
    const previous = levels[levels.length - 1];
    // A code right after its level's word ("行政运行（项）（2010301）") is that level's.
    if (code && name === "" && previous?.level === level && previous.code === undefined) previous.code = code;
    // Codes of rows side by side ("行政运行（2010301）一般行政管理事务（2010302）") name no one row.
    else if (code && previous && code.length <= CODE_LENGTH[previous.level]) return undefined;
    else levels.push(code ? { name, level, code } : { name, level });
  }
  const code = levels[levels.length - 1].code;
  const named: SubjectLevels = { levels: levels.map(({ name, level }) => ({ name, level })) };
  if (code) named.code = code;
  return named;
}

/** The levels a subject names (white space around a code or a dash allowed), or undefined where it names no classification row. */
export function subjectLevels(subject: string): SubjectLevels | undefined {
  // Names may hold brackets themselves ("政府办公厅（室）"): split at the level markers only. A code in
  // brackets marks a level where a level word does too, or another code ("…（201）…（20105）…（2010507）").
  const pieces = subject.split(LEVEL_MARK);
  if (pieces.length > 3 || (pieces.length === 3 && !IS_CODE.test(pieces[1]))) return markedLevels(pieces);
  // The row named in quotes, maybe with 科目 after them: "“2010507 专项普查活动”科目".
  const named = rowName(subject);
  const dashed = named.split(JOINER);
  // Levels joined by dashes, each with its code before it: "201一般公共服务支出-20101人大事务-2010108代表工作".
  if (dashed.length > 1) {
    const coded = codedLevels(dashed);
    if (coded) return coded;
  }
  const before = CODE_BEFORE.exec(named);
  const after = before ? undefined : CODE_AFTER.exec(named);
  const code = before?.[1] ?? after?.[1];
  if (code) {
    const name = before ? named.slice(before[0].length) : named.slice(0, after!.index);
    return { levels: [{ name, level: LEVEL_OF_LENGTH[code.length] }], code };
  }
  // The three levels joined by dashes or slashes, the first a class: "一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行".
  if (dashed.length === 3 && dashed.every((name) => name !== "") && isClassName(dashed[0])) {
    return { levels: dashed.map((name, i) => ({ name, level: (["类", "款", "项"] as const)[i] })) };
  }
  // A class named without its marker ("社会保障和就业支出 757.24 万元", "社会保障和就业 …").
  if (isClassName(named)) return { levels: [{ name: named, level: "类" }] };
  return undefined;
}

/** Levels each printed with its code, each code extending the one before ("20101人大事务", "2010108代表工作"); undefined otherwise. */
function codedLevels(pieces: string[]): SubjectLevels | undefined {
  const levels: SubjectLevels["levels"] = [];
  let code = "";
  for (const piece of pieces) {
    const printed = CODE_BEFORE.exec(piece);
    if (!printed || (code !== "" && (printed[1].length !== code.length + 2 || !printed[1].startsWith(code)))) return undefined;
    code = printed[1];
    levels.push({ name: piece.slice(printed[0].length), level: LEVEL_OF_LENGTH[code.length] });
  }
  return { levels, code };
}

/** Whether the subject names an item (项, a seven-digit code). */
export function namesItem(subject: string): boolean {
  const named = subjectLevels(subject);
  return named !== undefined && named.levels[named.levels.length - 1].level === "项";
}
