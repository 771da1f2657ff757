/**
 * Where the tables are: each table's heading, title, money unit and the lines of its body, mapped
 * onto the standard table it corresponds to (表1 … 表11), whatever the layout's own numbering.
 */
import type { MoneyUnit } from "../amount";
import { CHINESE_NUMERAL, ORDINAL_MARK } from "./numbering";
import { compact, type TextLine } from "./text-lines";
import type { TableId } from "./types";

export type Layout = "standard-11" | "shanghai-9";

export interface LocatedTable {
  id: TableId;
  title: string;
  /** The number the document itself gives the table. */
  printedNumber?: string;
  unit?: MoneyUnit;
  /** Index (into the lines) of the title line and of the first line after the table. */
  start: number;
  end: number;
  lines: TextLine[];
}

/** Standard titles (单位/部门 … 情况表), most specific first. */
const STANDARD_TITLES: [RegExp, TableId][] = [
  [/财政拨款收支(预算)?总体情况表/, "4"],
  [/收支总体情况表/, "1"],
  [/收入总体情况表/, "2"],
  [/支出总体情况表/, "3"],
  [/一般公共预算基本支出情况表/, "6"],
  [/一般公共预算项目支出情况表/, "7"],
  [/一般公共预算支出情况表/, "5"],
  [/政府性基金预算支出情况表/, "8"],
  [/国有资本经营预算支出情况表/, "9"],
  [/三公.{0,2}经费支出情况表/, "10"],
  [/上年结转结余情况明细表/, "11"],
];

/** The Shanghai 9-table layout's titles, mapped onto the standard tables. */
const SHANGHAI_TITLES: [RegExp, TableId][] = [
  [/财政拨款收支预算总表$/, "4"],
  [/财务收支预算总表$/, "1"],
  [/收入预算总表$/, "2"],
  [/支出预算总表$/, "3"],
  [/一般公共预算基本支出.*经济分类预算表$/, "6"],
  [/一般公共预算支出功能分类预算表$/, "5"],
  [/政府性基金预算支出功能分类预算表$/, "8"],
  [/国有资本经营预算支出功能分类预算表$/, "9"],
  [/三公.{0,2}经费和机关运行经费预算表$/, "10"],
];

/** A table's number as headings print it: 1…12, 一…十二. */
const TABLE_NUMBER = "\\d{1,2}|十[一二]?|[一二三四五六七八九]";
/** "表 1", "表1：…", "附表 3", "附件 3", "表一", "表十一 …": the number, then the title where it shares the line. */
const TABLE_HEADING = new RegExp(`^(?:附[表件]|表)\\s*(${TABLE_NUMBER})\\s*[:：、.．]?\\s*(.*)$`);
const CHINESE_NUMBERS: Record<string, string> = { 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9", 十: "10", 十一: "11", 十二: "12" };
/** A line that is a table's title and nothing else: no sentence punctuation, ends in 表 (or 表（…）). */
const BARE_TITLE = /^[^，。；;,、：:！？!?]{2,40}表(?:[（(][^）)]{0,12}[）)])?$/;
/** A table continued on the next page: "续表", "续表2", "表2（续）". */
const CONTINUED = new RegExp(`^(?:续表\\S{0,3}|附?表(?:${TABLE_NUMBER})[（(]?续[）)]?)$`);
/** A table's money unit as its head states it: "单位：万元", "金额单位：人民币元" (white space removed). */
const TABLE_UNIT = /单位[:：](?:人民币)?(万元|元)/;
/** A title line can end in the table's unit: "部门收支总体情况表 单位：万元", "…（金额单位：元）". */
const UNIT_SUFFIX = new RegExp(String.raw`[（(]?(?:金额)?${TABLE_UNIT.source}[）)]?$`);
const CONTINUED_START = "续".charCodeAt(0);
const TABLE_START = "表".charCodeAt(0);
const APPENDIX_START = "附".charCodeAt(0);

/** A "续表" line? (Only short lines opening with 续, 表 or 附 are tried against the pattern.) */
function isContinuedLine(flat: string): boolean {
  if (flat.length > 10) return false;
  const first = flat.charCodeAt(0);
  return (first === CONTINUED_START || first === TABLE_START || first === APPENDIX_START) && CONTINUED.test(flat);
}

/** What follows a table's title: its unit, or the unit that compiled it. */
const TABLE_HEAD = new RegExp(String.raw`${TABLE_UNIT.source}|^编制(?:单位|部门)[:：]`);
const PART_HEADING = new RegExp(`^第${CHINESE_NUMERAL}部分`);

/**
 * A narrative heading after the last table ("其他相关情况说明", "一、2025年“三公”经费预算情况说明",
 * "一、关于…2024年收支预算情况的总体说明", its first line where it wraps, "2024年单位预算情况说明"):
 * where the text has no "第三部分" heading, the last table ends there.
 */
const NARRATIVE_HEADING = new RegExp(
  `^(?:其他相关情况说明|项目经费情况说明|${CHINESE_NUMERAL}${ORDINAL_MARK}.{0,40}情况说明|${CHINESE_NUMERAL}${ORDINAL_MARK}关于.{4,60}|(?:\\d{4}年)?(?:部门|单位)?预算(?:情况|编制)说明)$`,
);

function isNarrativeHeading(line: TextLine): boolean {
  return (line.text.includes("说明") || line.text.includes("关于")) && NARRATIVE_HEADING.test(line.flat);
}

/** A table of contents line: leaders, or a title that ends in its page number ("…情况表 12"). */
const CONTENTS_LINE = /…{2,}|\.{4,}|表\d{1,3}$/;

export function classifyTitle(title: string): { id: TableId; layout: Layout } | undefined {
  const text = compact(title);
  if (CONTENTS_LINE.test(text)) return undefined;
  // "2025年部门…预算总表", "2024年预算单位…", "部门“三公”经费和机关运行经费预算表".
  if (/^(\d{4}年)?(预算单位|部门|单位)/.test(text) && text.length <= 40) {
    const shanghai = SHANGHAI_TITLES.find(([pattern]) => pattern.test(text));
    if (shanghai) return { id: shanghai[1], layout: "shanghai-9" };
  }
  if (text.length > 30) return undefined;
  const standard = STANDARD_TITLES.find(([pattern]) => pattern.test(text));
  return standard ? { id: standard[1], layout: "standard-11" } : undefined;
}

export function detectUnit(lines: TextLine[]): MoneyUnit | undefined {
  for (const line of lines.slice(0, 8)) {
    const match = line.flat.match(TABLE_UNIT);
    if (match) return match[1] as MoneyUnit;
  }
  return undefined;
}

/**
 * The title under a "表 N" heading: on the heading's line ("表1 单位收支总体情况表") or the next,
 * or wrapped over two lines ("部门收支总体情况" / "表"). `line` is the title's last line.
 */
function headingTitle(lines: TextLine[], heading: number, onHeadingLine: string): { id: TableId; text: string; line: number } | undefined {
  const first = onHeadingLine ? heading : heading + 1;
  const text = compact(onHeadingLine || lines[first]?.text || "").replace(UNIT_SUFFIX, "");
  const classified = classifyTitle(text);
  if (classified) return { id: classified.id, text, line: first };
  const next = lines[first + 1];
  if (!next || next.cells || text.length === 0) return undefined;
  const joined = text + next.flat.replace(UNIT_SUFFIX, "");
  const wrapped = joined.length <= 40 ? classifyTitle(joined) : undefined;
  return wrapped ? { id: wrapped.id, text: joined, line: first + 1 } : undefined;
}

/** Within the few lines after a title, before any other title: the table's unit or compiler. */
function tableHeadFollows(lines: TextLine[], title: number): boolean {
  for (let i = title + 1; i < Math.min(lines.length, title + 5); i++) {
    const flat = lines[i].flat;
    if (TABLE_HEAD.test(flat)) return true;
    if (TABLE_HEADING.test(flat) || (flat.length <= 40 && BARE_TITLE.test(flat) && classifyTitle(flat))) return false;
  }
  return false;
}

/**
 * The same title again after a table's rows, with no part or section heading between: the table
 * goes on over a page break ("表 2" / "部门收入总体情况表" printed at the top of each page).
 */
function continues(lines: TextLine[], title: number, repeated: number): boolean {
  let figures = false;
  for (let i = title + 1; i < repeated; i++) {
    const { text, flat } = lines[i];
    if (text.includes("部分") && PART_HEADING.test(flat)) return false;
    if (isNarrativeHeading(lines[i])) return false;
    if (!figures && /\d\.\d/.test(text)) figures = true;
  }
  return figures;
}

/**
 * The table to read for each id: the first that has a body (a unit, or a line of figures). A
 * table of contents names the tables too ("表1 部门收支总体情况表" … with nothing under it).
 */
export function tablesById(tables: LocatedTable[]): Map<TableId, LocatedTable> {
  const byId = new Map<TableId, LocatedTable>();
  for (const table of tables) {
    const chosen = byId.get(table.id);
    if (!chosen || (!hasBody(chosen) && hasBody(table))) byId.set(table.id, table);
  }
  return byId;
}

function hasBody(table: LocatedTable): boolean {
  return table.unit !== undefined || table.lines.some((line) => /\d\.\d/.test(line.text));
}

/** A "表 N" heading whose title is none the reader knows: the table under it is not read. */
export interface UnrecognisedHeading {
  /** N in digits ("表 一" → "1"). */
  number: string;
  title: string;
}

/** The title a "表 N" heading the reader does not know prints: on its line or the next, without leaders, page number or unit. */
function unknownTitle(lines: TextLine[], heading: number, onHeadingLine: string): string {
  const next = lines[heading + 1];
  const text = onHeadingLine || (next && !next.cells && next.flat.length <= 40 && !TABLE_HEADING.test(next.flat) ? next.flat : "");
  return text.replace(/[…·.]{2,}\d*$/, "").replace(/(表)\d{1,3}$/, "$1").replace(UNIT_SUFFIX, "");
}

export function locateTables(lines: TextLine[]): { tables: LocatedTable[]; layout: Layout | undefined; unrecognised: UnrecognisedHeading[] } {
  // `from`: the table's first line (its "表 N" heading, where the title has one).
  const found: (Omit<LocatedTable, "end" | "lines"> & { from: number })[] = [];
  // The heading and title lines of a table's continuation pages: no part of its body.
  const repeatedTitles = new Set<number>();
  const add = (table: (typeof found)[number]) => {
    const previous = found[found.length - 1];
    if (previous && previous.id === table.id && continues(lines, previous.start, table.from)) {
      for (let i = table.from; i <= table.start; i++) repeatedTitles.add(i);
    } else {
      found.push(table);
    }
  };
  const unknown: UnrecognisedHeading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { text, flat } = lines[i];
    const heading = (text.includes("表") || text.includes("附件")) && text.length <= 60 ? flat.match(TABLE_HEADING) : null;
    if (heading && flat.length <= 40) {
      const number = CHINESE_NUMBERS[heading[1]] ?? heading[1];
      const title = headingTitle(lines, i, heading[2]);
      if (title) {
        add({ id: title.id, title: title.text, printedNumber: number, start: title.line, from: i });
        i = title.line;
        continue;
      }
      const unknownText = unknownTitle(lines, i, heading[2]);
      // (A title with figures is a row the heading ran into, not a title; a title the reader knows,
      // once its leaders or page number are gone, is a table of contents entry.)
      if (unknownText && !/\d\.\d/.test(unknownText) && !classifyTitle(unknownText) && !unknown.some((h) => h.number === number)) unknown.push({ number, title: unknownText });
    }
    if (lines[i].cells || text.length > 60 || !text.includes("表")) continue;
    const title = text.includes("单位") ? flat.replace(UNIT_SUFFIX, "") : flat;
    const classified = classifyTitle(title);
    if (!classified || found.some((t) => t.start === i)) continue;
    // Shanghai titles stand alone; a standard title without its "表 N" must stand alone on its
    // line and carry or be followed by the table's unit (a wrapped sentence can end in "…情况表").
    if (classified.layout === "shanghai-9" || (BARE_TITLE.test(title) && (title !== flat || tableHeadFollows(lines, i)))) {
      add({ id: classified.id, title, start: i, from: i });
    }
  }
  const tables: LocatedTable[] = found.map(({ from: _, ...table }, n) => {
    let end = n + 1 < found.length ? found[n + 1].from : lines.length;
    // A heading line "表 N" just before the next title belongs to the next table.
    if (n + 1 < found.length && TABLE_HEADING.test(lines[end - 1]?.flat ?? "") && end - 1 > table.start) end -= 1;
    for (let i = table.start + 1; i < end; i++) {
      if (lines[i].text.includes("部分") && PART_HEADING.test(lines[i].flat)) {
        end = i;
        break;
      }
      if (!lines[i].cells && isNarrativeHeading(lines[i])) {
        end = i;
        break;
      }
    }
    let body = lines.slice(table.start + 1, end);
    if (repeatedTitles.size > 0 || body.some((line) => isContinuedLine(line.flat))) {
      body = body.filter((line, k) => !repeatedTitles.has(table.start + 1 + k) && !isContinuedLine(line.flat));
    }
    return { ...table, end, lines: body, unit: detectUnit(lines[table.start].flat.match(UNIT_SUFFIX) ? [lines[table.start]] : body) };
  });
  const shanghai = tables.filter((t) => classifyTitle(t.title)?.layout === "shanghai-9").length;
  const layout: Layout | undefined = tables.length === 0 ? undefined : shanghai > tables.length / 2 ? "shanghai-9" : "standard-11";
  // Headings of tables not read: those whose number no table read carries.
  const unrecognised = unknown.filter((h) => !tables.some((t) => t.printedNumber === h.number));
  return { tables, layout, unrecognised };
}
