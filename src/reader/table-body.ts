/**
 * A table's body as rows: a code (as printed), the text (name, project) and the printed figures.
 *
 * Flattened PDF text: a row starts at a line beginning with a code ("201 03 01") or a total label
 * (合计, 总计); names wrap over lines; figures wrap too ("450." / "00" is 450.00); headers repeat at
 * page breaks and are skipped. TAB-separated text: cells are explicit and figures keep their
 * columns (blank cells are empty cells).
 */
import type { MoneyUnit } from "../amount";
import { ECONOMIC_CODES, FUNCTION_CODES } from "../catalogue/codes";
import { compact, type TextLine } from "./text-lines";

export interface BodyRow {
  /** The code digits as printed, one entry per printed group ("201", "03", "01"). */
  codeParts: string[];
  /** A total row (合计 / 总计). */
  isTotal: boolean;
  /** The text between the code and the figures: the name, and in 表7 the project. */
  text: string;
  /** The text as printed, line by line (names wrap; a project often starts on the figures' line). */
  textLines: string[];
  /** Flattened text: the figures in reading order. */
  figures: string[];
  /** TAB text: the cells after the name cell, positionally ("" for a blank cell). */
  cells?: string[];
  /**
   * Flattened text that marks blank cells with a dash ("50.75 50.75 —"): the row's figures with
   * "" for each dash, in order; absent where the row prints no dash, or text between its figures.
   */
  slots?: string[];
  /** Text from a PDF: the right edge of each of those cells on the page. */
  cellRight?: number[];
  /** Index of the row's first line in the original text. */
  lineIndex: number;
}

const CODE_START = /^(\d{3})((?:\s+\d{2}){0,2})(?=\s|$)/;
/**
 * A code misprinted in its parts, with its name after it: a lost leading zero ("301 2 津贴补贴" for
 * 301 02), a class cut short ("7 11 02 事业单位医疗", "20 3 5 …"). The name must follow: a short
 * number alone is no code.
 */
const MISPRINTED_CODE_START = /^(\d{1,3})((?:\s+\d{1,2}){1,2})\s+(?=\p{Script=Han})/u;
/** A class's three digits with its name run into them: "201一般公共服务支出". */
const GLUED_CLASS_START = /^(\d{3})(?=\p{Script=Han})/u;
/** After a spaced code's parts, its last part with the name run into it: "01行政运行". */
const GLUED_LAST_PART = /^(\d{2})(?=\p{Script=Han})/u;
/** A code printed without its spaces ("2010301 行政运行", "30101 基本工资"): the name follows. */
const JOINED_CODE_START = /^([1-9]\d{4}(?:\d{2})?)(?=\s*\p{Script=Han})/u;
const JOINED_CODE = /^[1-9]\d{4}(?:\d{2})?$/;
const TOTAL_START = /^(合\s*计|总\s*计)(?=\s|$|\d|[(（])/;
const COLUMN_NUMBERS = /^(?:[※*]\s*)+\d+(?:\s+\d+)*$/;
/** The note under a table: "备注：…", "注：…". */
export const NOTE_START = /^(备注|注)[:：]/;
/** A figure a line break cut after its point or separator: "450.", "1,". */
const CUT_AT_SEPARATOR = /^-?[\d,]*\d[.,]$/;
/** A 万元 figure a line break cut inside its decimals: "182.4" (of 182.42). */
const CUT_IN_DECIMALS = /^-?[\d,]+\.\d$/;
/** A dash printed in a blank cell: "-", "—", "－", "–", "--", "——". */
const BLANK_CELL = /^[-－—–]{1,2}$/;

/** A token that is a dash printed in a blank cell. */
export function isBlankCell(token: string): boolean {
  return BLANK_CELL.test(token);
}

/**
 * A flattened row's figures and dashes in order ("" for a dash) under the columns, where they fill
 * every column and at least one is a dash; undefined otherwise (the columns are then solved).
 */
export function cellsByDashes(slots: readonly string[] | undefined, columns: string[]): Record<string, string> | undefined {
  return slots && slots.length === columns.length && slots.includes("") ? cellsByPosition(slots, columns) : undefined;
}

/**
 * Does a joined code stand alone (its name wrapped to the next line, or a table without a name
 * column)? Only where its first three digits are a class of the catalogue: a bare run of digits
 * could be a figure of a table in 元.
 */
function isCatalogueClass(code: string): boolean {
  const cls = code.slice(0, 3);
  return FUNCTION_CODES[cls] !== undefined || ECONOMIC_CODES[cls] !== undefined;
}

/**
 * Does `rest` open with the catalogue's name of the class `code` ("一般公共服务支出", or without its
 * 支出), or with the start of it where the name wraps ("社会保障和" of 社会保障和就业支出)?
 */
function isCatalogueClassNamed(code: string, rest: string): boolean {
  const name = (FUNCTION_CODES[code] ?? ECONOMIC_CODES[code])?.replace(/支出$/, "");
  if (name === undefined) return false;
  const words = rest.match(/^\p{Script=Han}+/u)?.[0] ?? "";
  return words.startsWith(name) || (words.length >= 2 && name.startsWith(words));
}

/** Is the character code an ASCII digit? (Lines are told apart by character codes before any pattern is tried.) */
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Does the text open as a figure does, with a digit or a minus sign? */
function opensLikeFigure(text: string): boolean {
  const first = text.charCodeAt(0);
  return isDigitCode(first) || first === 45;
}

/** Where the text goes on after the spaces at `from`. */
function afterSpaces(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/** Most lines do not open with five digits. */
function startsWithFiveDigits(text: string): boolean {
  if (text.length < 5) return false;
  for (let i = 0; i < 5; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return true;
}

/** "2010301" as its parts 201 03 01, as a spaced code is printed. */
function joinedCodeParts(code: string): string[] {
  return code.length === 7 ? [code.slice(0, 3), code.slice(3, 5), code.slice(5)] : [code.slice(0, 3), code.slice(3)];
}

/** A printed figure: "1,825.90", "450.00", "-12.5", "0", "3,296,600", "173.542". */
export function isFigure(token: string): boolean {
  return /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(token);
}

/** A cell meant as a figure but misprinted ("1O4.33", ".13.82"): digits and no words. */
export function looksLikeFigure(token: string): boolean {
  return /\d/.test(token) && !/\p{Script=Han}/u.test(token);
}

/** The note for a misprinted figure: read as blank (the rules then flag the sums it breaks), and said so. */
export function unreadableNote(where: string, printed: string): string {
  return `${where}：“${printed}”不是数字，按空白读取 / "${printed}" is not a figure; read as blank`;
}

/** A line's tokens: its TAB cells, or its white-space-separated words and figures. */
export function lineTokens(line: TextLine): string[] {
  return line.cells ?? line.text.split(/\s+/);
}

/** The figures a line prints, in order, separators removed. */
export function lineFigures(line: TextLine): string[] {
  return lineTokens(line).filter(isFigure).map(normalizeFigure);
}

export function normalizeFigure(token: string): string {
  return token.includes(",") ? token.replace(/,/g, "") : token;
}

/** Is this line where a row starts? */
export function rowStart(text: string): { codeParts: string[]; isTotal: boolean; rest: string } | undefined {
  const code = text.match(CODE_START);
  // (Most lines are told apart by their first character: only a line that opens with a digit, and
  // is no well-formed code followed by its name, can open with a misprinted code.)
  if (isDigitCode(text.charCodeAt(0)) && (!code || isDigitCode(text.charCodeAt(afterSpaces(text, code[0].length))))) {
    const misprinted = text.match(MISPRINTED_CODE_START);
    if (misprinted) return { codeParts: [misprinted[1], ...misprinted[2].trim().split(/\s+/)], isTotal: false, rest: text.slice(misprinted[0].length).trim() };
  }
  if (code && !/^\d{3}[.,]/.test(text)) {
    const parts = [code[1], ...code[2].trim().split(/\s+/).filter(Boolean)];
    let rest = text.slice(code[0].length).trim();
    // The code's last part run into the name ("201 03 01行政运行", "201 03行政运行"): it is the code's.
    const glued = parts.length < 3 && isDigitCode(rest.charCodeAt(0)) ? rest.match(GLUED_LAST_PART) : null;
    if (glued) {
      parts.push(glued[1]);
      rest = rest.slice(glued[1].length);
    }
    return { codeParts: parts, isTotal: false, rest };
  }
  // A class with its name run in ("201一般公共服务支出"): only where the name is the catalogue's, as
  // "100人" or "300万元以上" is no code.
  if (!code && isDigitCode(text.charCodeAt(0))) {
    const glued = text.match(GLUED_CLASS_START);
    if (glued && isCatalogueClassNamed(glued[1], text.slice(3))) return { codeParts: [glued[1]], isTotal: false, rest: text.slice(3).trim() };
  }
  if (startsWithFiveDigits(text)) {
    const joined = text.match(JOINED_CODE_START);
    if (joined) return { codeParts: joinedCodeParts(joined[1]), isTotal: false, rest: text.slice(joined[0].length).trim() };
    if (JOINED_CODE.test(text) && isCatalogueClass(text)) return { codeParts: joinedCodeParts(text), isTotal: false, rest: "" };
  }
  const total = text.match(TOTAL_START);
  if (total) return { codeParts: [], isTotal: true, rest: text.slice(total[0].length).trim() };
  return undefined;
}

/**
 * The header lines of a flattened table: everything before the first row. They repeat after
 * page breaks; `skipRepeatedHeader` recognises such a repetition by its first lines.
 */
function headerSignature(lines: TextLine[], firstRow: number): string[] {
  return lines.slice(0, firstRow).map((l) => l.flat);
}

function repeatedHeaderLength(compacted: string[], at: number, header: string[]): number {
  // The repetition starts with one of the header's first lines (the title rows of the header).
  const first = compacted[at];
  if (first.length <= 1) return 0;
  const startIndex = header.indexOf(first);
  if (startIndex < 0 || startIndex >= 6) return 0;
  let n = 0;
  let h = startIndex;
  while (at + n < compacted.length && h < header.length) {
    const text = compacted[at + n];
    const found = header.indexOf(text, h);
    if (found < 0 || found - h > 3) break;
    h = found + 1;
    n++;
  }
  return n >= 2 || header.length <= 2 ? n : 0;
}

/**
 * Joins figures a line break split: "450." + "00", "182.4" + "2", "1," + "825.90".
 * `endsLine(i)`: token i is the last of its printed line.
 */
function joinSplitFigures(tokens: string[], endsLine: (i: number) => boolean, unit: MoneyUnit | undefined): string[] {
  const result: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i];
    while (i + 1 < tokens.length && endsLine(i)) {
      const next = tokens[i + 1];
      const dangling = CUT_AT_SEPARATOR.test(token) && /^\d+(?:\.\d+)?$/.test(next);
      const shortDecimals = unit !== "元" && CUT_IN_DECIMALS.test(token) && /^\d$/.test(next);
      if (!dangling && !shortDecimals) break;
      token += next;
      i++;
    }
    result.push(token);
  }
  return result;
}

export interface BodyOptions {
  unit?: MoneyUnit;
  /** Rows are named, not coded (表10, 表11): a row ends where its figures end. */
  named?: boolean;
}

/** The rows of a flattened (space-separated) table body. */
export function readFlatRows(lines: TextLine[], options: BodyOptions = {}): { rows: BodyRow[]; trailing: TextLine[] } {
  let first = options.named ? firstNamedRow(lines) : firstCodedRow(lines, options.unit);
  if (first < 0) return { rows: [], trailing: lines };
  const header = headerSignature(lines, first);
  const compacted = lines.map((l) => l.flat);
  const rows: BodyRow[] = [];
  const trailing: TextLine[] = [];
  let current: { start: ReturnType<typeof rowStart>; lines: string[]; lineIndex: number } | undefined;
  let currentHasFigures = false;

  const finish = () => {
    if (!current) return;
    rows.push(buildRow(current.start!, current.lines, current.lineIndex, options.unit));
    current = undefined;
    currentHasFigures = false;
  };

  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text;
    const skip = repeatedHeaderLength(compacted, i, header);
    if (skip > 0) {
      i += skip - 1;
      continue;
    }
    if (COLUMN_NUMBERS.test(text) || /^(编制(单位|部门)|单位[:：])/.test(compacted[i])) continue;
    if (NOTE_START.test(compacted[i])) {
      finish();
      trailing.push(...lines.slice(i));
      break;
    }
    // A bare page number ("10") printed at the foot of a page: anywhere where figures carry
    // decimals; in 元, where whole numbers are figures too, only where the page ends (the table
    // ends, or its header is printed again). (Codes have three digits: a bare line of one or two
    // digits is no code.)
    if (/^\d{1,2}$/.test(text) && !danglingFigure(lines[i - 1]?.text)) {
      const pageEnds = i + 1 === lines.length || repeatedHeaderLength(compacted, i + 1, header) > 0;
      if (options.unit !== "元" || pageEnds) continue;
    }
    const start = rowStart(text);
    if (options.named) {
      const tokens = text.split(/\s+/);
      // The run of figures ending the line, found once: the whole line where it starts at 0. In 元
      // a whole number is a figure where enough of them end the line ("…司法经费 7000 7000"), not a
      // year in a wrapped name ("2023 年中央…").
      const trailingFrom = trailingFiguresFrom(tokens);
      const allFigures = trailingFrom === 0;
      const wholeRun = options.unit === "元" && tokens.length - trailingFrom >= WHOLE_FIGURES_ENDING_A_LINE;
      const figureAt = (t: string, i: number) => isFigure(t) && (t.includes(".") || allFigures || (wholeRun && i >= trailingFrom));
      const lineHasText = tokens.some((t, i) => !figureAt(t, i) && !/^-?[\d,]*[.,]$/.test(t));
      if (!current || (currentHasFigures && lineHasText) || (start?.isTotal && current.lines.length > 0)) {
        finish();
        current = { start: { codeParts: [], isTotal: start?.isTotal ?? false, rest: text }, lines: [], lineIndex: line.index };
        current.lines.push(text);
      } else {
        current.lines.push(text);
      }
      if (tokens.some(figureAt)) currentHasFigures = true;
      continue;
    }
    if (start) {
      finish();
      current = { start, lines: [start.rest], lineIndex: line.index };
      currentHasFigures = start.rest.split(/\s+/).some(isFigure);
    } else if (current) {
      const tokens = text.split(/\s+/);
      if (currentHasFigures && startsWithText(tokens) && (endsWithFigures(tokens, options.unit) || namesRowBelow(tokens, lines[i + 1], current.lines))) {
        // A row without a code after a complete row: a unit's subtotal row in a 部门 table.
        finish();
        current = { start: { codeParts: [], isTotal: false, rest: text }, lines: [text], lineIndex: line.index };
        currentHasFigures = true;
      } else {
        current.lines.push(text);
        if (tokens.some(isFigure)) currentHasFigures = true;
      }
    }
  }
  finish();
  return { rows, trailing };
}

/**
 * A code alone on its line, as far as it has come: "201", "201 01" (its next part may follow),
 * or with a part that lost its leading zero ("301 2" for 301 02).
 */
const CODE_SO_FAR = /^\d{3}(?:\s+\d{1,2})?$/;
/** A whole code alone on its line: "201", "201 01", "201 01 08". */
const BARE_CODE = /^\d{3}(?:\s+\d{2}){0,2}$/;
/** …or with a part that lost its leading zero ("301 2"): a name after it is its name too. */
const BARE_CODE_LOST_ZERO = /^\d{3}(?:\s+\d{1,2}){0,2}$/;
const CODE_PART = /^\d{1,2}$/;
/** Only whole numbers of one or two digits: a page number or the header's column numbers, no amount. */
const SMALL_NUMBERS = /^\d{1,2}(?:\s+\d{1,2})*$/;
const STARTS_WITH_HAN = /^\p{Script=Han}/u;

/** A line of figures and nothing else ("940.04", "2.77 2.77"). */
function figuresOnly(text: string): boolean {
  return opensLikeFigure(text) && text.split(/\s+/).every(isFigure);
}

/**
 * Does a flattened line carry on the row of the line before it, as text copied with one cell
 * per line prints a row: a code's next part ("201" / "01"), the name after a bare code and, with
 * `figures`, figures after the words or figures before them. A figure a line break cut ("450." /
 * "00") is left to the row reader, and so are page numbers.
 */
function continuesRow(previous: string, text: string, figures: boolean): boolean {
  // (Told apart by the first character: most lines continue nothing.)
  if (!opensLikeFigure(text)) {
    return isDigitCode(previous.charCodeAt(0)) && BARE_CODE_LOST_ZERO.test(previous) && STARTS_WITH_HAN.test(text) && isCatalogueClass(previous);
  }
  if (text.length <= 2 && CODE_PART.test(text)) return CODE_SO_FAR.test(previous) && isCatalogueClass(previous);
  // (A code alone on its line is digits too: it starts a row.)
  return figures && figuresOnly(text) && !SMALL_NUMBERS.test(text) && !(BARE_CODE.test(text) && isCatalogueClass(text)) && !danglingFigure(previous);
}

/**
 * A figure printed against the words before it ("一般公共服务支出940.04", "经费（小计）5.60"), as some
 * viewers copy a narrow gap: a figure with decimals or thousands separators, running to the end of
 * its word. (A whole number after words may be part of the name: "2024 年…", "37 号".)
 */
const GLUED_FIGURE = /([\p{Script=Han}）)])(-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+))(?=\s|$)/gu;

/** A flattened table's lines with each figure parted from the words it was printed against. */
export function separateGluedFigures(lines: TextLine[]): TextLine[] {
  let separated: TextLine[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.cells) continue;
    const text = line.text.replace(GLUED_FIGURE, "$1 $2");
    if (text === line.text) continue;
    separated ??= lines.slice();
    separated[i] = { ...line, text };
  }
  return separated ?? lines;
}

/** A class cut short ("7" of 210), then a 款 and a 项 whose 0 shows it is no figure ("11" / "02"). */
const CUT_CLASS = /^[1-9]\d?$/;
const KUAN_PART = /^\d{2}$/;
const ITEM_PART = /^0\d$/;

/**
 * The lines that carry on a code cut short at its class, copied one cell per line: "7" / "11" /
 * "02" / "事业单位医疗" is "7 11 02 事业单位医疗" (2101102 misprinted), the name showing it is a code.
 */
function cutShortCodeLines(lines: TextLine[]): Set<number> {
  const continuing = new Set<number>();
  for (let i = 0; i + 3 < lines.length; i++) {
    if (lines[i].text.length > 2 || !CUT_CLASS.test(lines[i].text)) continue;
    if (KUAN_PART.test(lines[i + 1].text) && ITEM_PART.test(lines[i + 2].text) && STARTS_WITH_HAN.test(lines[i + 3].text)) {
      continuing.add(i + 1).add(i + 2).add(i + 3);
    }
  }
  return continuing;
}

/**
 * A flattened table copied with one cell per line, its rows put back on their lines; a table
 * that prints its rows on lines already comes back as it was (the same array). Figures are put
 * back with their words only where a row is read line by line (表1, 表4): the coded tables read
 * a row's figures from the lines after its code, and take words followed by figures on one line
 * for a row of its own.
 */
export function rejoinCells(lines: TextLine[], figures: boolean): TextLine[] {
  let rejoined: TextLine[] | undefined;
  const cutShort = cutShortCodeLines(lines);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const previous = rejoined ? rejoined[rejoined.length - 1] : lines[i - 1];
    if (line.cells || previous.cells || !(cutShort.has(i) || continuesRow(previous.text, line.text, figures))) {
      rejoined?.push(line);
      continue;
    }
    rejoined ??= lines.slice(0, i);
    rejoined[rejoined.length - 1] = { index: previous.index, text: `${previous.text} ${line.text}`, flat: previous.flat + line.flat };
  }
  return rejoined ?? lines;
}

/** Where the run of figures that ends a line's tokens starts (tokens.length: none). */
function trailingFiguresFrom(tokens: string[]): number {
  let from = tokens.length;
  while (from > 0 && isFigure(tokens[from - 1])) from--;
  return from;
}

/**
 * In 元, where figures are whole numbers, how many must end a printed line for them to be figures
 * ("…司法经费 7000 7000"): one whole number there may be a year in a wrapped name ("…中央 2024" / "年…").
 */
const WHOLE_FIGURES_ENDING_A_LINE = 2;

/** Does the line end in a figure a line break split ("450." or "182.4")? */
function danglingFigure(text: string | undefined): boolean {
  const last = text?.split(/\s+/).pop() ?? "";
  return CUT_AT_SEPARATOR.test(last) || CUT_IN_DECIMALS.test(last);
}

/** A line's tokens open with words (Chinese, not a figure). */
function startsWithText(tokens: string[]): boolean {
  const first = tokens[0] ?? "";
  return /\p{Script=Han}/u.test(first) && !isFigure(first);
}

/** A line's tokens end in a decimal figure (in 元, or in whole figures enough), after something else. */
function endsWithFigures(tokens: string[], unit: MoneyUnit | undefined): boolean {
  const last = tokens.length - 1;
  if (last < 1 || !isFigure(tokens[last])) return false;
  if (tokens[last].includes(".")) return true;
  const from = trailingFiguresFrom(tokens);
  return unit === "元" && from > 0 && tokens.length - from >= WHOLE_FIGURES_ENDING_A_LINE;
}

/**
 * Text copied with one cell per line: words alone on their line right after a row's figures,
 * and figures alone on the next line, are the name of a row without a code (a unit's subtotal
 * row). A name that wraps past its row's figures ("…保障金支" / "34.85" / "出") has a code line after it.
 */
function namesRowBelow(tokens: string[], next: TextLine | undefined, rowLines: string[]): boolean {
  if (!next || next.cells || tokens.some(isFigure) || !figuresOnly(next.text) || !next.text.includes(".")) return false;
  const last = rowLines[rowLines.length - 1] ?? "";
  return figuresOnly(last) && last.includes(".");
}

/**
 * Does a line after a row's code carry its amounts: a decimal figure or, in 元, whole figures
 * (two or more ending the line, or nothing else), not a header's column numbers or a year.
 */
function carriesAmounts(tokens: string[], unit: MoneyUnit | undefined): boolean {
  if (tokens.some((t) => isFigure(t) && t.includes("."))) return true;
  if (unit !== "元") return false;
  const from = trailingFiguresFrom(tokens);
  const run = tokens.slice(from);
  return (run.length >= WHOLE_FIGURES_ENDING_A_LINE || (from === 0 && run.length > 0)) && !SMALL_NUMBERS.test(run.join(" "));
}

/** The first row of a coded table: a row start whose row carries figures (header words do not). */
function firstCodedRow(lines: TextLine[], unit: MoneyUnit | undefined): number {
  let firstCode = -1;
  let lastTotal = -1;
  for (let i = 0; i < lines.length; i++) {
    const start = rowStart(lines[i].text);
    if (!start) continue;
    if (start.isTotal) lastTotal = i;
    else if (firstCode < 0) firstCode = i;
    if (start.rest.split(/\s+/).some(isFigure)) return i;
    for (let j = i + 1; j < lines.length && !rowStart(lines[j].text); j++) {
      if (carriesAmounts(lines[j].text.split(/\s+/), unit)) return i;
    }
  }
  // A table without figures (空表): its rows start at the first code line, or at its last total
  // line (the header's 合计 heading, on a line of its own in text with one cell per line, comes first).
  return firstCode >= 0 ? firstCode : lastTotal;
}

/** Where the header numbers its columns ("※ 1 2 3 …"): the line after it, where the rows start; -1 where it does not. */
export function afterColumnNumbers(lines: TextLine[]): number {
  const numbered = lines.findIndex((line) => COLUMN_NUMBERS.test(line.text));
  return numbered < 0 ? -1 : numbered + 1;
}

function firstNamedRow(lines: TextLine[]): number {
  const numbered = afterColumnNumbers(lines);
  if (numbered >= 0) return numbered < lines.length ? numbered : -1;
  // The first line that ends in figures closes the first row; the row begins after the header,
  // which is the run of lines before it that has no figures and belongs to the header words.
  const firstWithFigures = lines.findIndex((line) => line.text.split(/\s+/).some(isFigure) && !COLUMN_NUMBERS.test(line.text));
  if (firstWithFigures < 0) return -1;
  let start = firstWithFigures;
  // Figures on a line of their own (one cell per line): the row's name is the line before them.
  if (start > 0 && figuresOnly(lines[start].text)) start--;
  // Walk back over wrapped name lines: a name line is longer than a header word and is not one.
  while (start > 0) {
    const previous = lines[start - 1].flat;
    if (previous.length < 8 || /经费|支出|合计|总计|项目|名称|财政拨款|基本|单位[:：]|编制/.test(previous) && previous.length < 12) break;
    start--;
  }
  return start;
}

function buildRow(start: NonNullable<ReturnType<typeof rowStart>>, texts: string[], lineIndex: number, unit?: MoneyUnit): BodyRow {
  // The tokens of the row's lines, each with the printed line (of those with tokens) it stands on.
  const tokens: string[] = [];
  const lineOfToken: number[] = [];
  let lineNumber = 0;
  for (const text of texts) {
    const parts = text.split(/\s+/).filter(Boolean);
    if (parts.length === 0) continue;
    for (const part of parts) {
      tokens.push(part);
      lineOfToken.push(lineNumber);
    }
    lineNumber++;
  }
  const endsLine = (i: number) => i + 1 >= tokens.length || lineOfToken[i + 1] !== lineOfToken[i];
  const joined = joinSplitFigures(tokens, endsLine, unit);
  // Each joined token's printed line (that of its first source token).
  const joinedLines: number[] = [];
  for (let i = 0, t = 0; i < joined.length; i++) {
    joinedLines.push(lineOfToken[t] ?? 0);
    let consumed = tokens[t] ?? "";
    t++;
    while (consumed.length < joined[i].length && t < tokens.length) consumed += tokens[t++];
  }
  // Figures: the run of figure tokens at the end, and any decimal figure before it (a name can
  // wrap past the figures: "农村最低生活保障金支" / "34.85 34.85" / "出"). Whole numbers inside
  // the text ("2024 年…") stay text.
  const figureFlags = joined.map(isFigure);
  // A dash in a row stands for a blank cell ("50.75 50.75 —"): never text.
  const blankFlags = joined.map(isBlankCell);
  let cut = joined.length;
  while (cut > 0 && (figureFlags[cut - 1] || blankFlags[cut - 1])) cut--;
  const endsALine = unit === "元" ? wholeFiguresEndingALine(figureFlags, joinedLines, cut) : undefined;
  const figures: string[] = [];
  const textTokens: number[] = [];
  // The figures and dashes in order ("" for a dash), and where each stands: where they stand
  // together, the dashes hold the blank cells' places.
  const slots: string[] = [];
  const slotAt: number[] = [];
  const anyDash = blankFlags.includes(true);
  joined.forEach((token, i) => {
    if (blankFlags[i]) {
      slots.push("");
      slotAt.push(i);
    } else if (i >= cut || (figureFlags[i] && (token.includes(".") || endsALine?.[i] === 1))) {
      figures.push(normalizeFigure(token));
      if (anyDash) {
        slots.push(figures[figures.length - 1]);
        slotAt.push(i);
      }
    } else textTokens.push(i);
  });
  const dashed = anyDash && slotAt[slotAt.length - 1] - slotAt[0] === slotAt.length - 1;
  // The text keeps its printed line structure: the text tokens of each printed line.
  const byLine: string[] = [];
  for (const i of textTokens) {
    const line = joinedLines[i];
    while (byLine.length <= line) byLine.push("");
    byLine[line] = byLine[line] ? `${byLine[line]} ${joined[i]}` : joined[i];
  }
  const textLines = byLine.filter((l) => l !== "");
  const text = joinWrapped(textLines);
  const row: BodyRow = { codeParts: start.codeParts, isTotal: start.isTotal, text, textLines, figures, lineIndex };
  if (dashed) row.slots = slots;
  return row;
}

/**
 * In 元, the tokens before `cut` that are a run of whole figures ending a printed line (enough of
 * them: WHOLE_FIGURES_ENDING_A_LINE): figures a name wraps past ("…保障金支 348500 348500" / "出").
 */
function wholeFiguresEndingALine(figureFlags: boolean[], lineOf: number[], cut: number): Uint8Array {
  const marked = new Uint8Array(figureFlags.length);
  for (let end = 0; end < cut; end++) {
    if (end + 1 < figureFlags.length && lineOf[end + 1] === lineOf[end]) continue;
    let first = end;
    while (first > 0 && figureFlags[first - 1] && lineOf[first - 1] === lineOf[end]) first--;
    if (figureFlags[end] && end - first + 1 >= WHOLE_FIGURES_ENDING_A_LINE) marked.fill(1, first, end + 1);
  }
  return marked;
}

/** /[A-Za-z0-9]$/, by char code (most lines end in Chinese or punctuation). */
function endsWithAsciiWordCharacter(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return isDigitCode(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
const STARTS_WITH_WORD_CHARACTER = /^[A-Za-z0-9\p{Script=Han}]/u;

/**
 * A line that ends inside a figure: short of its two decimals ("…基本支出 1,255.4" / "1 万元",
 * "占 93." / "22%"), in a thousands group not yet three digits long ("1,25" / "5.41 万元"), or in
 * its whole part after words ("…科目 531" / "2.11 万元"): in running text two figures never stand
 * with nothing between them. (A line that is only a number, a page's number, ends no figure.)
 */
const ENDS_INSIDE_A_FIGURE = /(?:\d\.\d?|\d,\d{0,2}|[^\d.,]\d+)$/;

/** Joins wrapped name lines: no space where a line break split a word, or a figure. */
export function joinWrapped(lines: string[]): string {
  let joined = "";
  let previous = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    // Disclosures space figures from words ("2024 年"); a wrap after a figure keeps that space.
    if (previous !== "" && endsWithAsciiWordCharacter(previous) && STARTS_WITH_WORD_CHARACTER.test(line) && !(isDigitCode(line.charCodeAt(0)) && ENDS_INSIDE_A_FIGURE.test(previous))) joined += " ";
    joined += line;
    previous = line;
  }
  return joined;
}

/** Does the TAB text keep blank cells (so that positions can be trusted)? */
export function keepsBlankCells(lines: TextLine[]): boolean {
  return lines.some((l) => l.cells && l.cells.some((c, i) => c === "" && i < l.cells!.length - 1));
}

/**
 * TAB cells under the columns by position: each figure in its column. A cell in a figure's place
 * that is a misprinted figure is left blank and passed to `misprinted` (to be noted).
 */
export function cellsByPosition(cells: readonly string[], columns: string[], misprinted?: (column: string, printed: string) => void): Record<string, string> {
  const placed: Record<string, string> = {};
  cells.forEach((value, j) => {
    if (j >= columns.length || value === "") return;
    if (isFigure(value)) placed[columns[j]] = normalizeFigure(value);
    else if (looksLikeFigure(value)) misprinted?.(columns[j], value);
  });
  return placed;
}

/** The index of the column edge nearest a figure's right edge on the page (figures are right-aligned). */
export function nearestEdge(edges: number[], right: number): number {
  return edges.reduce((best, edge, c) => (Math.abs(edge - right) < Math.abs(edges[best] - right) ? c : best), 0);
}

/** The rows of a TAB-separated table body: cells keep their positions. */
export function readTabRows(lines: TextLine[], options: BodyOptions = {}): { rows: BodyRow[]; trailing: TextLine[] } {
  const rows: BodyRow[] = [];
  const trailing: TextLine[] = [];
  let started = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (NOTE_START.test(line.flat)) {
      trailing.push(...lines.slice(i));
      break;
    }
    if (!line.cells) {
      if (started) trailing.push(line);
      continue;
    }
    const cells = line.cells;
    let c = 0;
    const codeParts: string[] = [];
    if (JOINED_CODE.test(cells[0]) && (cells.slice(1, 4).some((cell) => /\p{Script=Han}/u.test(cell)) || isCatalogueClass(cells[0]))) {
      // One cell for the whole code ("2010301"); the blanks where 款 and 项 would stand follow.
      codeParts.push(...joinedCodeParts(cells[0]));
      c = 1;
    }
    while (c < cells.length && (/^\d{1,3}$/.test(cells[c]) || cells[c] === "") && c < 5) {
      if (cells[c] !== "") codeParts.push(cells[c]);
      c++;
    }
    const nameCell = cells[c] ?? "";
    const values = cells.slice(c + 1);
    const hasFigure = values.some((v) => isFigure(v));
    const isTotal = /^(合计|总计)$/.test(compact(nameCell));
    if (options.named) {
      if (!hasFigure && !started) continue;
      started = true;
      rows.push({ codeParts: [], isTotal, text: nameCell, textLines: [nameCell], figures: [], cells: values.map(normalizeFigure), lineIndex: line.index });
      continue;
    }
    if (codeParts.length === 0 && !isTotal) continue; // header rows
    // A table without a name column has a figure where the name would be.
    if (!/\p{Script=Han}/u.test(nameCell) && !isTotal && !(codeParts.length > 0 && isFigure(nameCell))) continue;
    started = true;
    rows.push({
      codeParts,
      isTotal,
      text: nameCell,
      textLines: [nameCell],
      figures: [],
      cells: values.map((v) => (isFigure(v) ? normalizeFigure(v) : v)),
      ...(line.cellRight ? { cellRight: line.cellRight.slice(c + 1) } : {}),
      lineIndex: line.index,
    });
  }
  return { rows, trailing };
}
