/**
 * The disclosure text as clean lines: page furniture removed (page numbers, `-- PAGE_BREAK --`, a
 * header repeated atop the pages), markdown-like decoration removed ("- 一、…", "**2024**", "## 表1"), and
 * each line split into its cells where the text carries TAB separators or is a Markdown table's row.
 */
import { CHINESE_NUMERAL, ORDINAL_MARK } from "./numbering";

export interface TextLine {
  /** 0-based index in the original text, for messages that say where. */
  index: number;
  /** The line without decoration, whitespace trimmed. */
  text: string;
  /** The text without any white space (PDF text spaces out titles: "收 入 总 计"), made once. */
  flat: string;
  /** The TAB-separated cells (trimmed, empty cells kept), or undefined for a plain line. */
  cells?: string[];
  /** Where the text came from a PDF: the right edge of each cell on the page (of the text, for a plain line). */
  cellRight?: number[];
  /** …and the left edge of each. */
  cellLeft?: number[];
}

/** Where a PDF's text stands on its pages, per line of the text (see src/pdf/pdf-text.ts). */
export interface TextPositions {
  cellRight?: (number[] | undefined)[];
  cellLeft?: (number[] | undefined)[];
}

/** Sets the line's positions where they fit its cells (a text edited after extraction may not). */
function placeOnPage(line: TextLine, positions: TextPositions, i: number, cells: number): void {
  const right = positions.cellRight?.[i];
  if (!right || right.length !== cells) return;
  line.cellRight = right;
  const left = positions.cellLeft?.[i];
  if (left && left.length === cells) line.cellLeft = left;
}

const PAGE_NUMBER = /^[-－—–]\s*\d{1,4}\s*[-－—–]$|^第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?$/;
const PAGE_BREAK = /^-{2,}\s*PAGE_BREAK\s*-{2,}$/i;
/** The characters page numbers and page breaks start with: other lines skip both patterns. */
const PAGE_FURNITURE_START = new Set([..."-－—–第"].map((c) => c.charCodeAt(0)));

const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_DIGITS = /[０-９]/g;
const FULL_WIDTH_OFFSET = "０".charCodeAt(0) - "0".charCodeAt(0);

/**
 * A word processor's field codes, where a conversion printed them instead of their results: a table
 * of contents entry's "PAGEREF _Toc25831 \h 3" (its page number stays) or "HYPERLINK \l "_Toc25831"".
 */
const FIELD_CODES = /\s*(?:PAGEREF\s+_Toc\w+(?:\s+\\?[a-z](?![a-z]))*|HYPERLINK\s+\\l\s+"_Toc\w+")/g;

/** Removes what a PDF or document converter adds around the words (splitLines has made no-break spaces plain). */
function undecorate(text: string): string {
  let result = text;
  if (result.includes("**")) result = result.replace(/\*\*([^*]*)\*\*/g, "$1");
  if (result.includes("_Toc")) result = result.replace(FIELD_CODES, "");
  result = result.trim();
  const first = result.charCodeAt(0);
  if (result.length > 1 && (first === 45 || first === 42) && /^[-*]\s+(?=\S)/.test(result)) result = result.replace(/^[-*]\s+/, ""); // "-", "*"
  else if (first === 35 && /^#{1,6}\s+(?=\S)/.test(result)) result = result.replace(/^#{1,6}\s+/, ""); // a Markdown heading, "## 表1 …"
  return result;
}

const PIPE = "|".charCodeAt(0);
/** The rule under a Markdown table's header: "|---|:---:|---|". */
const MARKDOWN_RULE = /^\|(?:\s*:?-{3,}:?\s*\|)+$/;

export function splitLines(text: string, positions?: TextPositions): TextLine[] {
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.includes("\r")) source = source.replace(/\r\n?/g, "\n");
  // No-break and ideographic spaces are spaces (replaced in one pass, not line by line).
  if (source.includes("\u00a0") || source.includes("\u3000")) source = source.replace(/\u00a0|\u3000/g, " ");
  // Full-width digits (２０２４, ７８５．８５) are digits, and a full-width point between them a decimal
  // point. (One character for one: where a text stands on its line is unchanged.)
  if (FULL_WIDTH_DIGIT.test(source)) source = source.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - FULL_WIDTH_OFFSET)).replace(/(\d)．(?=\d)/g, "$1.");
  const placed = positions?.cellRight !== undefined;
  const lines: TextLine[] = [];
  let index = 0;
  for (const raw of source.split("\n")) {
    const i = index++;
    const trimmed = raw.trim();
    if (trimmed === "" || (trimmed.length <= 24 && PAGE_FURNITURE_START.has(trimmed.charCodeAt(0)) && (PAGE_NUMBER.test(trimmed) || PAGE_BREAK.test(trimmed)))) continue;
    let text: string;
    let cells: string[] | undefined;
    // A Markdown table's row ("| 201 | 一般公共服务支出 | 1,735.42 |") has its cells as a TAB row has;
    // the line under its header ("|---|:---:|") is no row.
    const piped = trimmed.charCodeAt(0) === PIPE && trimmed.length > 1 && trimmed.charCodeAt(trimmed.length - 1) === PIPE;
    if (piped && MARKDOWN_RULE.test(trimmed)) continue;
    if (piped || raw.includes("\t")) {
      cells = piped ? trimmed.slice(1, -1).split("|") : raw.split("\t");
      let filled = 0;
      for (let c = 0; c < cells.length; c++) if ((cells[c] = undecorate(cells[c])) !== "") filled++;
      // Trailing empty cells carry no position information.
      while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
      if (filled === 0) continue;
      text = filled === cells.length ? cells.join(" ") : cells.filter((c) => c !== "").join(" ");
    } else {
      text = undecorate(trimmed);
      if (text === "") continue;
    }
    // Every line has the same properties (absent ones undefined), so the reader's code that reads them stays fast.
    const line: TextLine = { index: i, text, flat: compact(text), cells, cellRight: undefined, cellLeft: undefined };
    if (placed) placeOnPage(line, positions!, i, cells ? cells.length : 1);
    lines.push(line);
  }
  return withoutRunningHeaders(lines);
}

/**
 * A running page header: a title with its year and no other figure ("阿图什市幸福街道办事处2024年单位预算公开"),
 * or without a year, a title that ends as a disclosure's does ("幸福街道办事处单位预算公开", "某某局部门预算")
 * and not as a column heading ("一般公共预算", "政府性基金预算") would.
 */
const RUNNING_HEADER = /^\D*\d{4}年\D*$|^\D*(?:(?:预算|决算)(?:信息)?公开(?:文本)?|(?:部门|单位)(?:预算|决算))$/;
/** …not a numbered line (第二部分, 一、, （一）, 1., 表2), a table's or a section's title printed again, nor a column heading ("2024年预算数"). */
const NOT_RUNNING_HEADER = new RegExp(`^(?:第\\S{1,3}部分|${CHINESE_NUMERAL}${ORDINAL_MARK}|[（(]\\S{1,3}[）)]|\\d+${ORDINAL_MARK}|附?表)|(?:表|说明|情况|数)$`);
/** How often a line must repeat to be taken for a header printed atop the pages. */
const RUNNING_HEADER_REPEATS = 3;

function mayBeRunningHeader(flat: string): boolean {
  return flat.length >= 6 && flat.length <= 60 && (flat.includes("预算") || flat.includes("决算") || flat.includes("公开")) && RUNNING_HEADER.test(flat) && !NOT_RUNNING_HEADER.test(flat);
}

/** The cover's lines: a header's words printed there are the document's title, and stay. */
const COVER_LINES = 10;

/**
 * The lines without the header a PDF prints atop every page: inside a table it would be taken for
 * the rest of a wrapped name, in the narrative for part of a sentence. Where the cover prints the
 * same words as its title, they stay there.
 */
function withoutRunningHeaders(lines: TextLine[]): TextLine[] {
  let counts: Map<string, number> | undefined;
  for (const line of lines) {
    if (!mayBeRunningHeader(line.flat)) continue;
    counts ??= new Map();
    counts.set(line.flat, (counts.get(line.flat) ?? 0) + 1);
  }
  if (!counts) return lines;
  const repeated = new Set([...counts].filter(([, count]) => count >= RUNNING_HEADER_REPEATS).map(([flat]) => flat));
  if (repeated.size === 0) return lines;
  return lines.filter((line, i) => i < COVER_LINES || !repeated.has(line.flat));
}

/** Removes all white space: PDF text spaces out titles ("收 入 总 计"). */
export function compact(text: string): string {
  return /\s/.test(text) ? text.replace(/\s+/g, "") : text;
}
