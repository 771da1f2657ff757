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

/** The levels a subject names (white space around a code or a dash allowed), or undefined where it names no classification row. */
export function subjectLevels(subject: string): SubjectLevels | undefined {
  // Names may hold brackets themselves ("政府办公厅（室）"): split at the level markers only.
  const pieces = subject.split(/[（(](类|款|项)[）)]/);
  if (pieces.length > 1) {
    const levels: SubjectLevels["levels"] = [];
    for (let i = 1; i < pieces.length; i += 2) levels.push({ name: pieces[i - 1].replace(AROUND_NAME, ""), level: pieces[i] as Level });
    return { levels };
  }
  // The row named in quotes, maybe with 科目 after them: "“2010507 专项普查活动”科目".
  const named = rowName(subject);
  const before = CODE_BEFORE.exec(named);
  const after = before ? undefined : CODE_AFTER.exec(named);
  const code = before?.[1] ?? after?.[1];
  if (code) {
    const name = before ? named.slice(before[0].length) : named.slice(0, after!.index);
    return { levels: [{ name, level: LEVEL_OF_LENGTH[code.length] }], code };
  }
  // The three levels joined by dashes or slashes, the first a class: "一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行".
  const dashed = named.split(JOINER);
  if (dashed.length === 3 && dashed.every((name) => name !== "") && isClassName(dashed[0])) {
    return { levels: dashed.map((name, i) => ({ name, level: (["类", "款", "项"] as const)[i] })) };
  }
  // A class named without its marker ("社会保障和就业支出 757.24 万元", "社会保障和就业 …").
  if (isClassName(named)) return { levels: [{ name: named, level: "类" }] };
  return undefined;
}

/** Whether the subject names an item (项, a seven-digit code). */
export function namesItem(subject: string): boolean {
  const named = subjectLevels(subject);
  return named !== undefined && named.levels[named.levels.length - 1].level === "项";
}
