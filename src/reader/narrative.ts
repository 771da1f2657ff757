/**
 * The narrative: staff figures (第一部分), claims (amounts with shares and changes against last
 * year, 第三部分) and per-person subsidies (项目 descriptions with persons and a standard).
 *
 * Claims are found clause by clause: every amount in 万元 that is not itself a change opens a
 * claim, and the share and change figures that follow it (up to the next amount) belong to it.
 */
import { Decimal, YUAN_PER_WAN, type MoneyUnit } from "../amount";
import { CHINESE_NUMERAL, ORDINAL_MARK } from "./numbering";
import { compact, type TextLine } from "./text-lines";
import { joinWrapped, normalizeFigure } from "./table-body";
import type { AmountSentence, Claim, EmptyStatement, FundAllocation, Procurement, ProjectBudget, SelfReference, Staff, Subsidy, TableId, Vehicles } from "./types";

/** A printed figure's digits, unsigned: "1,234.56", "20". */
const DIGITS = String.raw`\d[\d,]*(?:\.\d+)?`;

const WAN_AMOUNT = /\d\s*万元/g;
const YUAN_AMOUNT = /\d\s*元(?![/／])/g;

/** How many times the (global) pattern matches the text. */
function countMatches(pattern: RegExp, text: string): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) count++;
  return count;
}

export function narrativeMoneyUnit(lines: TextLine[]): MoneyUnit | undefined {
  let wan = 0;
  let yuan = 0;
  for (const line of lines) {
    if (line.cells || !line.text.includes("元")) continue;
    wan += countMatches(WAN_AMOUNT, line.text);
    yuan += countMatches(YUAN_AMOUNT, line.text);
  }
  if (wan === 0 && yuan === 0) return undefined;
  return wan >= yuan / 2 ? "万元" : "元";
}

// ---------------------------------------------------------------------------------------------
// Staff

// "在职 105 人", "在职人员 105 名", "在职人数为 105 人"; then "，减少 3 人", "，比上年增加 1 名".
/** The words between a kind of staff and its count: "在职人员为". */
const STAFF_COUNT_WORDS = "(?:人员|人数)?(?:为|共)?";
/** The words of a staff change before its count: "比上年减少了". */
const STAFF_CHANGE_WORDS = "(?:比上年|较上年|同比)?(增加|减少)了?";
const STAFF_WHO = { 实有: "实有", 在职: "在职", 退休: "(?<!离)退休", 离休: "离休" } as const;
const STAFF_COUNT = mapStaff((who) => new RegExp(`${who}${STAFF_COUNT_WORDS}(\\d+)(?:人|名)`));
const STAFF_CHANGE = mapStaff((who) => new RegExp(`${who}${STAFF_COUNT_WORDS}\\d+(?:人|名)[，,]?${STAFF_CHANGE_WORDS}(\\d+)(?:人|名)`));
/** The staff sentence of 第一部分 as printed (white space kept): "在职 199 人，减少 89 人". */
const STAFF_CLAIM = new RegExp(`(在职|退休|离休)${STAFF_COUNT_WORDS}\\s*(\\d+)\\s*[人名][，,]\\s*${STAFF_CHANGE_WORDS}\\s*(\\d+)\\s*[人名]`, "g");

function mapStaff(pattern: (who: string) => RegExp): Record<keyof typeof STAFF_WHO, RegExp> {
  const entries = Object.entries(STAFF_WHO).map(([key, who]) => [key, pattern(who)]);
  return Object.fromEntries(entries) as Record<keyof typeof STAFF_WHO, RegExp>;
}

export function readStaff(lines: TextLine[]): Staff {
  const text = lines.slice(0, 400).filter((l) => !l.cells).map((l) => l.flat).join("");
  const staff: Staff = {};
  const number = (pattern: RegExp) => {
    const match = text.match(pattern);
    return match ? Number(match[1]) : undefined;
  };
  const signed = (pattern: RegExp) => {
    const match = text.match(pattern);
    if (!match) return undefined;
    const value = Number(match[2]);
    return /减少|下降/.test(match[1]) ? -value : value;
  };
  staff.authorized = number(/编制(?:数|人数)?(?:为|共)?(\d+)(?:人|名)?/);
  staff.actual = number(STAFF_COUNT.实有);
  staff.in_service = number(STAFF_COUNT.在职);
  staff.in_service_change = signed(STAFF_CHANGE.在职);
  staff.retired = number(STAFF_COUNT.退休);
  staff.retired_change = signed(STAFF_CHANGE.退休);
  staff.retired_cadre = number(STAFF_COUNT.离休);
  staff.retired_cadre_change = signed(STAFF_CHANGE.离休);
  for (const key of Object.keys(staff) as (keyof Staff)[]) if (staff[key] === undefined) delete staff[key];
  return staff;
}

// ---------------------------------------------------------------------------------------------
// Sections

interface NarrativeSentence {
  section: string;
  /** The part it stands in ("三" for 第三部分), "" in a narrative without parts. */
  part: string;
  text: string;
  /** The text without white space, as most patterns read it. */
  flat: string;
  /** The title of its section, when the sentence is the first under it ("（一）因公出国（境）费情况"). */
  title?: string;
}

const PART = /^第([一二三四1-4])部分/;
const TOP_HEADING = new RegExp(`^(${CHINESE_NUMERAL})${ORDINAL_MARK}`);
const SUB_HEADING = new RegExp(`^[（(](${CHINESE_NUMERAL})[）)]`);
/** The characters (as char codes: reading line[0] would make a string) headings start with. */
const HEADING_START = new Set([..."一二三四五六七八九十（("].map((c) => c.charCodeAt(0)));
const PART_START = "第".charCodeAt(0);

/** A line of the table of contents: "四、部门预算编制说明 ……………… 5". */
const CONTENTS_LINE = new RegExp(`^(${CHINESE_NUMERAL})${ORDINAL_MARK}(.+?)[…·.]{3,}\\d*$`);
/** …and one without leaders, under 目录: "四、单位预算编制说明". */
const CONTENTS_ENTRY = new RegExp(`^(${CHINESE_NUMERAL})${ORDINAL_MARK}([^，。；,;：:]{2,30})$`);
/** Only leaders (and a page number). */
const LEADERS = /^[…·.]{3,}\d*$/;
/** A numbered line of the contents under an entry: "1. 2024年预算单位财务收支预算总表". */
const CONTENTS_SUB_ENTRY = /^\d{1,2}[.．、]/;
/** A year before a title ("2024年部门预算编制说明"). */
const TITLE_YEAR = /^\d{4}年度?/;
/** The longest line taken for a title the contents list (a unit's name may come before it). */
const TITLE_LINE_MAX = 48;

/**
 * The titles the table of contents numbers ("四、部门预算编制说明 ……"), white space and a leading
 * year removed, each with its numeral: a document whose sections are titled without numbers in the
 * text (the Shanghai layout) is numbered by its contents.
 */
function contentsTitles(lines: TextLine[]): Map<string, string> {
  const titles = new Map<string, string>();
  // After 目录, its entries need no leaders ("四、单位预算编制说明"); it ends at the first line that
  // is no entry (numbered "1." lines list the tables).
  let inContents = false;
  for (let i = 0; i < lines.length; i++) {
    const flat = lines[i].flat;
    // "目录", or "目" / "录" where its letters stand apart on the page and a copy cut them.
    if (flat === "目录" || (flat === "目" && lines[i + 1]?.flat === "录")) {
      inContents = true;
      continue;
    }
    // Leaders on a line of their own, where a copy cut them from their entry.
    if (inContents && (flat === "录" || LEADERS.test(flat))) continue;
    const led = flat.includes("…") || flat.includes("...");
    if (!led && !inContents) continue;
    const entry = flat.match(led ? CONTENTS_LINE : CONTENTS_ENTRY);
    if (entry) titles.set(entry[2].replace(TITLE_YEAR, ""), entry[1]);
    else if (inContents && !CONTENTS_SUB_ENTRY.test(flat)) inContents = false;
  }
  return titles;
}

/**
 * Where the narrative stands, line by line: 第N部分, then its 一、 and （一） headings, and the titles
 * the table of contents numbers where the text prints them without their numbers. Under such a
 * title, headings that number from 一、 again are its own ("其他相关情况说明" / "一、…三公经费…"):
 * they stand within it, as "六、一(二)".
 */
class NarrativeSections {
  part = "";
  private top = "";
  /** The 一、 heading within a section the contents title. */
  private inner = "";
  private sub = "";
  /** The section was entered by a title of the contents, so 一、 opens a heading within it. */
  private titled = false;

  constructor(private readonly titles: ReadonlyMap<string, string> = new Map()) {}

  /**
   * A title the contents number, printed alone on its line ("2024年部门预算编制说明", "…办事处（部门）
   * 主要职能" for "部门主要职能"), moves to that section.
   */
  enterTitle(flat: string): boolean {
    if (this.titles.size === 0 || flat.length > TITLE_LINE_MAX || /[，。；,;：:…]/.test(flat)) return false;
    const title = flat.replace(TITLE_YEAR, "");
    let numeral = this.titles.get(title);
    if (numeral === undefined) {
      for (const [name, n] of this.titles) {
        const own = name.replace(/^(部门|单位)/, "");
        if (own.length >= 4 && title.endsWith(own)) numeral = n;
      }
    }
    if (numeral === undefined) return false;
    this.top = numeral;
    this.inner = "";
    this.sub = "";
    this.titled = true;
    return true;
  }

  /** A part heading (第三部分 …) moves to that part. */
  enterPart(line: string): boolean {
    // (Most lines do not open with 第: they are told apart before any compaction.)
    if (line.trimStart().charCodeAt(0) !== PART_START) return false;
    const match = compact(line).match(PART);
    if (!match) return false;
    this.part = match[1].replace("1", "一").replace("2", "二").replace("3", "三").replace("4", "四");
    this.top = "";
    this.inner = "";
    this.sub = "";
    this.titled = false;
    return true;
  }

  /** A heading (一、 or （一）) moves to that section; part two's 一、 are its tables' titles, not sections. */
  enterHeading(line: string): boolean {
    // Headings open with a numeral or a bracket: other lines are told apart by their first character.
    if (!HEADING_START.has(line.charCodeAt(0))) return false;
    const heading = line.match(TOP_HEADING);
    if (heading && this.part !== "二") {
      // Within a titled section its headings number from 一 (one numbered otherwise is a section
      // the contents did not list).
      if (this.titled && (this.inner !== "" || heading[1] === "一")) this.inner = heading[1];
      else {
        this.top = heading[1];
        this.inner = "";
        this.titled = false;
      }
      this.sub = "";
      return true;
    }
    const subHeading = line.match(SUB_HEADING);
    if (!subHeading) return false;
    this.sub = subHeading[1];
    return true;
  }

  /** "二", "五(三)", "第一部分", "六、一(二)". */
  get section(): string {
    if (this.part === "一") return "第一部分";
    const heading = this.inner ? `${this.top}、${this.inner}` : this.top;
    return this.sub ? `${heading}(${this.sub})` : heading;
  }
}

/** The contents' titles of each narrative read so far. */
const TITLES = new WeakMap<TextLine[], Map<string, string>>();

/** A walk through the narrative's sections from its start, knowing the titles its contents number. */
export function sectionsOf(lines: TextLine[]): NarrativeSections {
  let titles = TITLES.get(lines);
  if (!titles) {
    titles = contentsTitles(lines);
    TITLES.set(lines, titles);
  }
  return new NarrativeSections(titles);
}

/** Sentences of each narrative read so far: every reader of the narrative asks for them. */
const SENTENCES = new WeakMap<TextLine[], readonly NarrativeSentence[]>();

/** The narrative as sentences, each with the section it stands in ("二", "五(三)", "第一部分"). */
export function narrativeSentences(lines: TextLine[]): readonly NarrativeSentence[] {
  let sentences = SENTENCES.get(lines);
  if (!sentences) {
    sentences = splitSentences(lines);
    SENTENCES.set(lines, sentences);
  }
  return sentences;
}

/**
 * The part the narrative's numbered sections stand in ("第三部分"), by the most of its sentences;
 * undefined where they stand in no part (the Shanghai layout numbers its sections alone). 第一部分's
 * sentences are named by their part and do not count.
 */
export function narrativePart(lines: TextLine[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { section, part } of narrativeSentences(lines)) {
    if (section === "" || part === "一") continue;
    counts.set(part, (counts.get(part) ?? 0) + 1);
  }
  let best = "";
  let most = 0;
  for (const [part, count] of counts) {
    if (count > most) [best, most] = [part, count];
  }
  return best ? `第${best}部分` : undefined;
}

const FULL_STOP = "。".charCodeAt(0);
const FULL_SEMICOLON = "；".charCodeAt(0);

const SENTENCE_END = /[。；;]/g;

/**
 * A heading that is only a title ("九、关于…国有资本经营预算拨款情况说明", "（二）政府采购情况"), not
 * the opening of a sentence ("一、财政拨款：指…", "（一）因公出国（境）费 0 万元，…"): no amount, no
 * punctuation, and it ends as titles do. It is a sentence of its own, so that the text under it
 * does not run on from it.
 */
const TITLE_BREAKER = /[。；;：:，,！!？?%％]|万元|\d元/;
/**
 * How a title ends: "…情况说明", "…情况" (which may go on: PDF text wraps long titles, "…情况" /
 * "说明"), maybe with a bracketed note ("…使用情况（增加内容）").
 */
const TITLE_END = /(?:说明|情况)(?:[（(][^（()）]{1,12}[）)])?$/;
/** …and a title that cannot go on (only "…情况" may have its "说明" on the next line). */
const TITLE_COMPLETE = /(?:说明|(?:说明|情况)[（(][^（()）]{1,12}[）)])$/;
/** A line that can be the rest of a wrapped title: short, no figures, no punctuation. */
const TITLE_REST = /^[^\d。；;：:，,！!？?%％]{1,16}$/;

/** Splits after each 。；; (the delimiter stays with its sentence). */
function sentencePieces(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let end = SENTENCE_END.exec(text); end; end = SENTENCE_END.exec(text)) {
    pieces.push(text.slice(start, end.index + 1));
    start = end.index + 1;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

/**
 * The lines as sentences with their sections. With `mentioning`, only the sentences that can
 * contain that character are made (the rest are skipped unread, sections still followed). Lines
 * `skipped` end the sentence before them and are not read.
 */
function splitSentences(lines: TextLine[], mentioning?: string, skipped?: (line: TextLine) => boolean): NarrativeSentence[] {
  const sentences: NarrativeSentence[] = [];
  const sections = sectionsOf(lines);
  let buffer: TextLine[] = [];
  // The section the buffered lines stand in (a heading flushes them before it moves on).
  let bufferSection = "";
  let bufferPart = "";
  // The buffer holds a title that may go on in the next line.
  let titleOpen = false;
  // The title just made a sentence, for the first sentence under it.
  let title: string | undefined;
  const flush = () => {
    if (buffer.length === 0) return;
    const lines = buffer;
    buffer = [];
    const isTitle = titleOpen;
    titleOpen = false;
    const titleAbove = title;
    title = undefined;
    if (mentioning !== undefined && !lines.some((l) => l.text.includes(mentioning))) return;
    // The sentences' compacted text comes from the lines' own: joining wrapped lines adds only
    // white space, and the delimiters 。；; are no white space, so the pieces correspond one to one.
    let flat = "";
    for (const line of lines) flat += line.flat;
    const pieces = sentencePieces(joinWrapped(lines.map((l) => l.text)));
    const flatPieces = sentencePieces(flat);
    pieces.forEach((piece, i) => {
      const text = piece.trim();
      if (!text) return;
      const sentence: NarrativeSentence = { section: bufferSection, part: bufferPart, text, flat: flatPieces[i] };
      if (i === 0 && titleAbove) sentence.title = titleAbove;
      sentences.push(sentence);
    });
    if (isTitle) title = pieces.join("").trim();
  };
  // A line that is no text under a title (a table row, a part, a heading) ends what came before.
  const breakOff = () => {
    flush();
    title = undefined;
  };
  for (const line of lines) {
    if ((line.cells && filledCells(line.cells) > 1) || skipped?.(line)) {
      breakOff();
      continue;
    }
    const text = line.text;
    if (sections.enterPart(text)) {
      breakOff();
      continue;
    }
    if (sections.enterTitle(line.flat)) {
      breakOff();
      continue;
    }
    if (sections.enterHeading(text)) {
      breakOff();
      if (!TITLE_BREAKER.test(line.flat)) {
        bufferSection = sections.section;
        bufferPart = sections.part;
        buffer.push(line);
        titleOpen = true;
        if (TITLE_COMPLETE.test(line.flat)) flush();
        continue;
      }
    } else if (titleOpen) {
      const heading = buffer.map((l) => l.flat).join("");
      if (TITLE_REST.test(line.flat) && TITLE_END.test(heading + line.flat)) {
        // The rest of a wrapped title.
        buffer.push(line);
        flush();
        continue;
      }
      // After a whole title the line starts the text under it; a heading that does not end like
      // a title was the start of a sentence, which the line goes on with.
      if (TITLE_END.test(heading)) flush();
      else titleOpen = false;
    }
    if (buffer.length === 0) {
      bufferSection = sections.section;
      bufferPart = sections.part;
    }
    buffer.push(line);
    const last = text.charCodeAt(text.length - 1);
    if (last === FULL_STOP || last === FULL_SEMICOLON) flush();
  }
  flush();
  return sentences;
}

function filledCells(cells: string[]): number {
  let filled = 0;
  for (const cell of cells) if (cell) filled++;
  return filled;
}

// ---------------------------------------------------------------------------------------------
// Claims

const AMOUNT = `(-?${DIGITS})`;
/**
 * A mention: an amount in the narrative's unit or a percentage ("1,234.56 万元", "12.5%"; in a
 * narrative in 元, "12,345,600.00 元" but not a rate, "110 元/人").
 */
const MENTION: Record<MoneyUnit, RegExp> = {
  万元: new RegExp(AMOUNT + String.raw`\s*(万元|%|％)`, "g"),
  元: new RegExp(AMOUNT + String.raw`\s*(元(?![/／])|%|％)`, "g"),
};
/**
 * The words that, right before a mention (white space between), make it a change or a comparison,
 * each as the word it stands for ("增幅 5%" is "增长 5%").
 */
const MENTION_WORDS = new Map([
  ["增加", "增加"],
  ["减少", "减少"],
  ["增长", "增长"],
  ["下降", "下降"],
  ["相比", "相比"],
  ["持平", "持平"],
  ["增幅", "增长"],
  ["涨幅", "增长"],
  ["上升", "增长"],
  ["降幅", "下降"],
  ["减幅", "下降"],
]);
/** A particle between the word and its figure: "增加了 5 万元", "增幅为 5%". */
const PARTICLES = new Set(["了", "为", "达"]);

/**
 * The word right before the mention at `at` ("增加 5 万元"), where it starts at or after `from`.
 * (Found by looking back from each figure: one pattern with the optional word in front of the
 * figure tried the words at every character of the text.)
 */
function mentionWord(text: string, at: number, from: number): { word: string; start: number } | undefined {
  let end = at;
  while (end > from && /\s/.test(text[end - 1])) end--;
  if (end - 1 >= from && PARTICLES.has(text[end - 1])) {
    const word = wordEndingAt(text, end - 1, from);
    if (word) return word;
  }
  return wordEndingAt(text, end, from);
}

function wordEndingAt(text: string, end: number, from: number): { word: string; start: number } | undefined {
  if (end - 2 < from) return undefined;
  const word = MENTION_WORDS.get(text.slice(end - 2, end));
  return word ? { word, start: end - 2 } : undefined;
}

/** Where the clause that ends at `at` starts, and the subject it names ("" where it names none). */
function clauseSubject(text: string, from: number, at: number): { subject: string; start: number } {
  const start = clauseStart(text, from, at);
  return { subject: cleanSubject(text.slice(start, at)), start };
}

/** Where the clause that ends at `at` starts: after the last ，,；。 at or after `from`. */
function clauseStart(text: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) {
    const c = text[i];
    if (c === "，" || c === "," || c === "；" || c === "。") return i + 1;
  }
  return from;
}

/** The year an amount is compared with: "上年", "去年", "上一年", "2024 年". */
const LAST_YEAR = String.raw`(?:上年|去年|上一年|\d{4}\s*年)`;
/** Right after an amount: "，与上年预算持平", "，比2024年预算持平" (no change, in words). */
const UNCHANGED = new RegExp(String.raw`^\s*[，,]?\s*(?:比|与|较)\s*${LAST_YEAR}[^，。；;\d]{0,8}(?:持平|一致|相同|不变)`);
/** Before an amount: "比上年预算 X 万元" compares; it opens no claim. */
const COMPARED_WITH = new RegExp(`(?:比|较|与)${LAST_YEAR}[^，。；]{0,8}$`);
/** A subject's tail that only says what it is compared with: "与上年预算相比", "比2024年". */
const COMPARISON_TAIL = new RegExp(`(?:与|比|较)?${LAST_YEAR}(?:预算)?(?:数)?(?:相比)?$`);

/** A change % of a figure of last year the sentence states: "比2023年预算执行数减少 57.14%". */
const COMPARED_WITH_FIGURE = new RegExp(`(?:比|较|与)\\s*(${LAST_YEAR})\\s*(?:当年)?(预算执行数|执行数|决算数|预算数)`);

/**
 * The figure of last year a change % is of, where the clause before it names one ("，比2023年预算执行数")
 * and the sentence stated it before ("2023年当年预算执行数为 60.13 万元"): its amount.
 */
function lastYearStated(lead: string, stated: StatedAmount[], sentenceStart: number): string | undefined {
  const compared = lead.match(COMPARED_WITH_FIGURE);
  if (!compared) return undefined;
  const year = compact(compared[1]);
  for (let i = stated.length - 1; i >= sentenceStart; i--) {
    const flat = compact(stated[i].text);
    if (flat.includes(year) && flat.includes(compared[2])) return stated[i].amount;
  }
  return undefined;
}

/** A heading or list marker inside a clause: 1、 （二） 三、 */
const LIST_MARKER = /(?:^|[^\d])(\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/g;
const LIST_MARKER_CHARACTER = /[、.．（(]/;

/** The last characters the tail patterns below can remove: a subject ending otherwise keeps its tail unsearched. */
const WORD_TAIL_END = new Set([..."的数额为是：:，,"]);
const PUNCTUATION_TAIL_END = new Set([..."：:，,"]);
const endsIn = (text: string, ends: Set<string>) => ends.has(text[text.length - 1]) || /\s$/.test(text);

function cleanSubject(text: string): string {
  let subject = text.trim();
  // What a heading or list marker opens: keep what comes after the last one.
  let marker: RegExpMatchArray | undefined;
  // (Every marker has one of 、.．（(: most subjects have none and are not searched.)
  if (LIST_MARKER_CHARACTER.test(subject)) for (const match of subject.matchAll(LIST_MARKER)) marker = match;
  if (marker) subject = subject.slice(marker.index! + marker[0].length);
  subject = subject.replace(/^[，,。；;：:、\s]+/, "").replace(/^其中[:：]?/, "");
  // (The patterns ending in $ are tried at every character: only subjects that can match are searched.)
  if (subject.includes("年")) {
    subject = subject.replace(/[：:]?\s*(?:(?:与|比|较)\s*)?\d{4}\s*年(度)?(的)?(预算数|预算)?(为|是)?\s*$/, "");
    // "某单位 2024 年政府性基金支出预算": the subject follows the year.
    const year = subject.match(/^.{0,40}?\d{4}\s*年(度)?(的)?/);
    if (year && subject.slice(year[0].length).trim() !== "") subject = subject.slice(year[0].length);
    if (subject.includes("年")) subject = subject.replace(COMPARISON_TAIL, "");
  }
  if (subject.endsWith("同比")) subject = subject.slice(0, -2);
  if (endsIn(subject, WORD_TAIL_END)) subject = subject.replace(/(的)?(预算数|预算金额|数)?(为|是)?[:：，,\s]*$/, "");
  if (endsIn(subject, PUNCTUATION_TAIL_END)) subject = subject.replace(/[：:，,\s]+$/, "");
  subject = subject.trim();
  // A name in quotes as a whole ("“住房保障支出（类）…（项）”"), not a quoted word in it ("“三公”经费").
  if (subject.startsWith("“") && subject.indexOf("”") === subject.length - 1) subject = subject.slice(1, -1);
  return subject;
}

/** A claim's subject as it is matched against the tables: no white space, no leading 其中. */
export function plainSubject(subject: string): string {
  return compact(subject).replace(/^其中[:：]?/, "");
}

/** An amount stated without a share or change: a later change-only clause may refer to it. */
interface StatedAmount {
  section: string;
  subject: string;
  amount: string;
  text: string;
}

/** The claims a sentence makes: each amount (in `money`, the narrative's unit) with the share and change figures after it. */
function claimsIn(sentence: NarrativeSentence, stated: StatedAmount[], money: MoneyUnit): Claim[] {
  const claims: Claim[] = [];
  const text = sentence.text;
  // Every mention ends in the unit, % or ％.
  if (!text.includes(money) && !text.includes("%") && !text.includes("％")) return claims;
  const mentions = MENTION[money];
  let current: (Claim & { start: number; end: number }) | undefined;
  let lastEnd = 0;
  // The amounts this sentence states (a rate's last-year figure is among them).
  const sentenceStart = stated.length;
  const close = () => {
    if (!current) return;
    const { start, end, ...claim } = current;
    const claimText = text.slice(start, end).replace(/^[，,；;。：:\s]+/, "").trim();
    if (current.share_pct !== undefined || current.change !== undefined || current.change_pct !== undefined) {
      claims.push({ ...claim, text: claimText });
    } else if (claim.amount !== "") {
      stated.push({ section: claim.section, subject: claim.subject, amount: claim.amount, text: claimText });
    }
    current = undefined;
  };
  mentions.lastIndex = 0;
  for (let previousEnd = 0, match = mentions.exec(text); match; previousEnd = mentions.lastIndex, match = mentions.exec(text)) {
    const [, amount, mentioned] = match;
    const isAmount = mentioned === money;
    const end = match.index + match[0].length;
    const before = mentionWord(text, match.index, previousEnd);
    const word = before?.word;
    const at = before ? before.start : match.index;
    // A change stated by its rate first ("…经费比上年增长 5%，增加 10 万元"), where no claim is open
    // or the open one has its rate, opens a claim (of an amount stated earlier) if its clause names
    // what it is of: "…，增长 5%" after a change in 元 names nothing.
    const rateOpens = !isAmount && (word === "增长" || word === "下降") && (!current || current.change_pct !== undefined) ? clauseSubject(text, lastEnd, at) : undefined;
    if (isAmount && !word) {
      // "比上年预算 X 万元" and the like compare; they open no claim.
      if (COMPARED_WITH.test(text.slice(lastEnd, at))) {
        lastEnd = end;
        continue;
      }
      close();
      const { subject: named, start } = clauseSubject(text, lastEnd, at);
      // "（一）因公出国（境）费情况" over "2024 年预算数为 0.50 万元": the title names what the amount is of.
      const subject = named || (start === 0 && sentence.title ? cleanSubject(sentence.title) : "");
      current = { section: sentence.section, subject, amount: normalizeFigure(amount), text: "", start, end };
      // "X 万元，与上年预算持平": a change of nothing, stated in words.
      const unchanged = text.slice(end, end + 30).match(UNCHANGED);
      if (unchanged) {
        current.change = "0";
        current.end = end + unchanged[0].length;
        const lastYear = lastYearStated(unchanged[0], stated, sentenceStart);
        if (lastYear !== undefined) current.last_year = lastYear;
      }
    } else if (rateOpens && rateOpens.subject !== "") {
      close();
      current = { section: sentence.section, subject: rateOpens.subject, amount: "", text: "", start: rateOpens.start, end };
      current.change_pct = word === "下降" ? signedNegative(normalizeFigure(amount)) : normalizeFigure(amount);
    } else if (current && !isAmount) {
      const lead = text.slice(Math.max(lastEnd, at - 14), at);
      if (!word && /占/.test(lead)) current.share_pct = normalizeFigure(amount);
      else if (word === "增长" || word === "增加" || word === "下降" || word === "减少") {
        current.change_pct = word === "下降" || word === "减少" ? signedNegative(normalizeFigure(amount)) : normalizeFigure(amount);
        if (current.change === undefined) {
          const lastYear = lastYearStated(text.slice(current.end, at), stated, sentenceStart);
          if (lastYear !== undefined) current.last_year = lastYear;
        }
      } else continue;
      current.end = end;
    } else if (word === "增加" || word === "减少") {
      // A claim its rate opened takes the change that follows, unless a new subject comes between
      // ("…下降 100%，其中：因公出国（境）费增加 0.00 万元").
      const openedByRate = current?.amount === "" && current.change === undefined;
      if (!current || current.change !== undefined || openedByRate) {
        const { subject, start } = clauseSubject(text, lastEnd, at);
        if (!current || current.change !== undefined || subject !== "") {
          // A change stated without its amount ("公务接待费增加 0.00 万元"): the amount comes from an
          // earlier sentence about the same subject.
          close();
          current = { section: sentence.section, subject, amount: "", text: "", start, end };
        }
      }
      current.change = word === "减少" ? signedNegative(normalizeFigure(amount)) : normalizeFigure(amount);
      current.end = end;
    }
    lastEnd = end;
  }
  close();
  return claims;
}

function signedNegative(value: string): string {
  return new Decimal(value).isZero() ? value : `-${value}`;
}

/** The staff sentence of 第一部分: "在职 199 人，减少 89 人". */
function staffClaims(sentence: NarrativeSentence): Claim[] {
  const claims: Claim[] = [];
  for (const match of sentence.text.matchAll(STAFF_CLAIM)) {
    const [text, kind, amount, word, change] = match;
    claims.push({
      section: sentence.section,
      subject: `${kind}人员（人）`,
      amount,
      change: word === "减少" && change !== "0" ? `-${change}` : change,
      text,
    });
  }
  return claims;
}

/** A subject that names only a budget, not what it is of: "预算安排", "当年预算数". */
const GENERIC_SUBJECT = /^(?:本年|当年|今年)?(?:预算安排|安排|预算数|预算金额|预算)$/;
/** An amount stated for last year ("2023年当年预算执行数为 60.13 万元"): no item's name. */
const LAST_YEAR_STATED = /执行数|决算数|上年|去年|上一年/;

/**
 * The narrative's claims, their amounts in `money`, the unit the narrative states them in; what each
 * share is of is decided once the tables are read (assignShareBases).
 */
export function readClaims(lines: TextLine[], money: MoneyUnit = "万元"): Claim[] {
  const claims: Claim[] = [];
  const stated: StatedAmount[] = [];
  for (const sentence of narrativeSentences(lines)) {
    if (!sentence.section) continue;
    if (sentence.section === "第一部分") {
      claims.push(...staffClaims(sentence));
      continue;
    }
    for (const claim of claimsIn(sentence, stated, money)) {
      if (claim.amount !== "") {
        // "2024年预算安排 25.77 万元，比…" names only the budget: it is of the item stated just
        // before ("1.“…（项）”25.77 万元，主要用于…。2023年当年预算执行数为 60.13 万元，…").
        if (GENERIC_SUBJECT.test(claim.subject)) {
          const item = stated.slice(-3).reverse().find((s) => s.section === claim.section && !GENERIC_SUBJECT.test(s.subject) && !LAST_YEAR_STATED.test(s.text));
          if (item) claim.subject = item.subject;
        }
        claims.push(claim);
        continue;
      }
      const bare = (text: string) => plainSubject(text).replace(/(预算数|预算)$/, "");
      const subject = bare(claim.subject);
      // "与上年预算相比增加 …" with no subject continues the sentence before it.
      const source =
        subject === ""
          ? stated.at(-1)?.section === claim.section ? stated.at(-1) : undefined
          : [...stated].reverse().find((s) => s.section === claim.section && bare(s.subject).endsWith(subject));
      if (source && subject === "") claim.subject = source.subject;
      if (source) claims.push({ ...claim, subject: claim.subject.replace(/^其中[:：]?/, ""), amount: source.amount, text: `${source.text} … ${claim.text}` });
    }
  }
  return claims;
}

/**
 * The total each share is of. The shares of one section are of one total: the known total that
 * fits them best together (a share that is itself wrong then stands out against it).
 */
export function assignShareBases(claims: Claim[], bases: string[]): void {
  const bySection = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (claim.share_pct === undefined) continue;
    const group = bySection.get(claim.section) ?? [];
    group.push(claim);
    bySection.set(claim.section, group);
  }
  for (const group of bySection.values()) {
    let best: string | undefined;
    let bestFit = -1;
    let bestError: number | undefined;
    // An estimate that only ranks the bases: plain floating point is enough here.
    for (const base of bases) {
      const value = Number(base);
      if (value === 0) continue;
      let fit = 0;
      let error = 0;
      for (const claim of group) {
        const distance = Math.abs((Number(claim.amount) / value) * 100 - Number(claim.share_pct));
        if (distance <= 0.015 + 1e-9) fit++;
        error += Math.min(distance, 100);
      }
      if (fit > bestFit || (fit === bestFit && bestError !== undefined && error < bestError)) {
        best = base;
        bestFit = fit;
        bestError = error;
      }
    }
    if (best !== undefined && bestFit > 0) for (const claim of group) claim.share_of = best;
  }
}

// ---------------------------------------------------------------------------------------------
// Subsidies

/** The field labels of a project description (项目名称, 预算安排规模, 资金分配情况 …). */
const PROJECT_FIELDS = [
  "项目名称", "设立的政策依据", "预算安排规模", "项目承担单位", "资金分配情况", "资金执行时间", "资金来源",
  "补贴人数", "补贴标准", "补贴范围", "补贴方式", "发放程序", "受益人群和社会效益", "补助人数", "补助标准",
].join("|");

const FIELD_LABEL = new RegExp(`(${PROJECT_FIELDS})[:：]`, "g");

/** A project description's fields, label → text, split in one pass. */
function projectFields(body: string): Map<string, string> {
  const fields = new Map<string, string>();
  const marks = [...body.matchAll(FIELD_LABEL)];
  marks.forEach((mark, i) => {
    const from = mark.index! + mark[0].length;
    const to = i + 1 < marks.length ? marks[i + 1].index! : body.length;
    if (!fields.has(mark[1])) fields.set(mark[1], body.slice(from, to).trim());
  });
  return fields;
}

function normalizePer(text: string): string {
  return text.replace(/\s/g, "").replace(/[／·•]/g, "/").replace("月/人", "人/月").replace("年/人", "人/年");
}

/** A per-person standard in 元: "110 元/人/月", "每人每月 0.01 万元", "每年 480 元". */
function parseStandard(text: string): { yuan: string; per: string } | undefined {
  const direct = text.match(STANDARD);
  if (direct) return { yuan: normalizeFigure(direct[1]), per: normalizePer(direct[2]) };
  const each = text.match(/每[^\d，,；;。]{0,12}?(每月|每年|月|年)\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/);
  if (each) {
    const amount = new Decimal(normalizeFigure(each[2]));
    const yuan = each[3] === "万元" ? amount.times(YUAN_PER_WAN) : amount;
    return { yuan: yuan.toFixed(), per: /月/.test(each[1]) ? "人/月" : "人/年" };
  }
  return undefined;
}

/** "110 元/人/月", "300 元/月/人", "110 元/人·月", "678 元/人". */
const STANDARD = new RegExp(String.raw`(${DIGITS})\s*元\s*[/／]\s*(人\s*[/／·•]\s*月|人\s*[/／·•]\s*年|月\s*[/／·•]\s*人|年\s*[/／·•]\s*人|人)`);
const PERSONS = /(\d+)\s*(?:人|名|个[^\d，,。；]{0,6}?)(?=[，,\s]|\d|$)/;

/** A project description of 第三部分 ("项目名称：…" and its fields), its name joined where it wrapped. */
export interface ProjectDescription {
  project: string;
  fields: Map<string, string>;
}

/** A heading of 第三部分 or of a part, as NarrativeSections knows them: "八、关于…", "（五）…", "第四部分 名词解释". */
const SECTION_HEADING = new RegExp([PART, TOP_HEADING, SUB_HEADING].map((pattern) => pattern.source).join("|"));

/** The project descriptions: "项目名称：…" up to the next one (or the next heading), each split into its fields. */
export function readProjectDescriptions(lines: TextLine[]): ProjectDescription[] {
  let project = "";
  let buffer: string[] = [];
  const text = lines.filter((l) => !l.cells).map((l) => l.text);
  const blocks: { project: string; lines: string[] }[] = [];
  for (const line of text) {
    const name = line.includes("项目名称") ? line.match(/项目名称[:：]\s*(.+)$/) : null;
    // A description ends at the next one, or at the next heading ("八、关于…", "（五）其他需说明的事项"):
    // the last one does not run on into the sections after it.
    const heading = !name && SECTION_HEADING.test(line);
    if (name || heading) {
      if (project || buffer.length) blocks.push({ project, lines: buffer });
      project = name ? name[1].trim() : "";
      buffer = [];
      continue;
    }
    buffer.push(line);
  }
  if (project || buffer.length) blocks.push({ project, lines: buffer });
  const descriptions: ProjectDescription[] = [];
  for (const block of blocks) {
    if (!block.project) continue;
    // A wrapped project name continues until the first field label.
    const firstField = block.lines.findIndex((l) => /^[^\s：:]{2,12}[:：]/.test(l));
    const projectName = joinWrapped([block.project, ...block.lines.slice(0, Math.max(0, firstField))]);
    const body = joinWrapped(block.lines.slice(Math.max(0, firstField)));
    descriptions.push({ project: projectName, fields: projectFields(body) });
  }
  return descriptions;
}

/**
 * An amount in each unit, as a pattern to build on: in 万元, the unit maybe spaced out ("165.00 万 元");
 * in 元, not a rate ("1,650,000.00 元", not "110 元/人").
 */
export const UNIT_AMOUNT: Record<MoneyUnit, string> = {
  万元: String.raw`(${DIGITS})\s*万\s*元`,
  元: String.raw`(${DIGITS})\s*元(?!\s*[/／])`,
};

/** One pattern for each unit, built from the unit's amount pattern. */
function byUnit(pattern: (amount: string) => string): Record<MoneyUnit, RegExp> {
  return { 万元: new RegExp(pattern(UNIT_AMOUNT.万元)), 元: new RegExp(pattern(UNIT_AMOUNT.元)) };
}

const UNIT_FIGURE = byUnit((amount) => amount);

/** The 预算安排规模 a description states, in `money` ("165.00 万元" → "165.00"). */
function statedBudget(fields: Map<string, string>, money: MoneyUnit = "万元"): string | undefined {
  const budget = fields.get("预算安排规模")?.match(UNIT_FIGURE[money])?.[1];
  return budget === undefined ? undefined : normalizeFigure(budget);
}

/** An amount of money: "20.00 万元", "20万元", "0.29 元"; not a rate ("110 元/人"). */
const MONEY = new RegExp(String.raw`(${DIGITS})\s*(万\s*元|元)(?!\s*[/／])`, "g");
/** What stands before a stated total ("共计 165.00 万元", "…=0.7 万元"), or a subtotal (小计). */
const TOTAL_BEFORE = /(共计|合计|总计|一共|总额为?|共|[=＝]|小计)\s*[:：]?\s*$/;
/** The number of units a rate is paid for: "13个网格", "6 人", "2 次", "12 个月". */
const UNIT_COUNT = /(\d+)\s*(?:个|人|名|次|家|户|所|辆|项|期)/g;
/** A rate multiplied out: "0.35 万元*2 次活动". */
const TIMES_AFTER = /^\s*[*＊×]\s*(\d+)/;

/**
 * The amounts of a 资金分配情况 in `money`, the narrative's unit, told apart: the parts, the rates
 * with the number of units they are paid for ("管辖 13个网格，每个网格 0.5 万元"), the stated total,
 * and in a narrative in 万元 the amounts in 元 (in one in 元, an amount in 万元 is converted).
 */
export function readAllocation(text: string | undefined, money: MoneyUnit = "万元"): FundAllocation | undefined {
  if (!text) return undefined;
  const items: string[] = [];
  const yuanItems: string[] = [];
  const rates: { rate: string; count: string }[] = [];
  let total: string | undefined;
  let totalAt = -1;
  let lastItemAt = -1;
  // A rate in 元 ("1000 元/人/月", persons × standard: subsidy-total's), or one whose units are not told.
  let rate = /[/／]/.test(text);
  let breakdown = false;
  let since = 0;
  for (const match of text.matchAll(MONEY)) {
    const inYuan = match[2] === "元";
    const figure = money === "元" && !inYuan ? new Decimal(normalizeFigure(match[1])).times(YUAN_PER_WAN).toFixed() : normalizeFigure(match[1]);
    const at = match.index!;
    const end = at + match[0].length;
    const span = text.slice(since, at);
    since = end;
    const before = text.slice(Math.max(0, at - 6), at).match(TOTAL_BEFORE)?.[1];
    if (before === "小计") continue;
    if (before !== undefined) {
      if (total === undefined) [total, totalAt] = [figure, at];
      continue;
    }
    // "其中 / 含 / 包括" after an amount: what follows breaks that amount down.
    if (lastItemAt >= 0 && /其中|含|包括/.test(span)) breakdown = true;
    lastItemAt = at;
    const times = text.slice(end, end + 12).match(TIMES_AFTER);
    const each = span.lastIndexOf("每");
    if (inYuan && money === "万元") {
      if (each >= 0 || times) rate = true;
      else yuanItems.push(figure);
    } else if (times) {
      rates.push({ rate: figure, count: times[1] });
    } else if (each >= 0) {
      const count = [...span.slice(0, each).matchAll(UNIT_COUNT)].pop()?.[1];
      if (count) rates.push({ rate: figure, count });
      else rate = true;
    } else if (/[*＊×]/.test(span)) {
      rate = true;
    } else {
      items.push(figure);
    }
  }
  if (items.length + yuanItems.length + rates.length === 0 && total === undefined) return undefined;
  const allocation: FundAllocation = { items, text };
  if (rates.length > 0) allocation.rates = rates;
  if (yuanItems.length > 0) allocation.yuan_items = yuanItems;
  if (total !== undefined) allocation.total = total;
  if (total !== undefined && totalAt > lastItemAt) allocation.total_closes = true;
  if (rate) allocation.unsummed = "rate";
  else if (breakdown) allocation.unsummed = "breakdown";
  return allocation;
}

/** Each project's 预算安排规模 (in `money`, the narrative's unit), as its description states it, with how it is allocated. */
export function readProjectBudgets(descriptions: ProjectDescription[], money: MoneyUnit = "万元"): ProjectBudget[] {
  const budgets: ProjectBudget[] = [];
  for (const { project, fields } of descriptions) {
    const budget = statedBudget(fields, money);
    if (!budget) continue;
    const entry: ProjectBudget = { project, budget, text: `预算安排规模：${fields.get("预算安排规模")}` };
    const allocation = readAllocation(fields.get("资金分配情况"), money);
    if (allocation) entry.allocation = allocation;
    budgets.push(entry);
  }
  return budgets;
}

/** A stated total in each unit: "共计 242.05 万元"; in 元, "共计 2420460 元" (not "共计 242.05 万元"). */
const STATED_TOTAL = byUnit((amount) => String.raw`(?:共计|合计|共)\s*${amount}`);

/**
 * Who gets what: the subsidies (persons × standard) the project descriptions state, their amounts
 * in `money`, the unit the narrative states amounts in.
 */
export function readSubsidies(descriptions: ProjectDescription[], money: MoneyUnit = "万元"): Subsidy[] {
  const subsidies: Subsidy[] = [];
  for (const { project: projectName, fields } of descriptions) {
    const field = (name: string) => fields.get(name);
    const budget = statedBudget(fields, money);
    const allocation = field("资金分配情况") ?? "";
    const found: Subsidy[] = [];
    for (const clause of allocation.split(/[；;]/)) {
      const standard = clause.match(STANDARD);
      const persons = clause.match(PERSONS);
      if (!standard || !persons || persons.index! > standard.index!) continue;
      const months = clause.match(/发放\s*(\d+)\s*个?月/);
      const amount = clause.match(STATED_TOTAL[money]);
      const per = normalizePer(standard[2]);
      const subsidy: Subsidy = {
        project: projectName,
        persons: Number(persons[1]),
        standard_yuan: normalizeFigure(standard[1]),
        per,
        months: months ? Number(months[1]) : per === "人/年" ? 1 : 12,
        months_stated: Boolean(months) || per === "人/年",
        amount: amount ? normalizeFigure(amount[1]) : "",
        text: clause.trim().replace(/[。，,]$/, ""),
      };
      found.push(subsidy);
    }
    if (found.length === 0) {
      // The structured fields: 补贴人数 and 补贴标准 ("每人每月 0.01 万元", "每年 480 元", "260 元/人").
      const standardText = field("补贴标准") ?? allocation;
      const standard = parseStandard(standardText);
      if (standard) {
        const persons = (field("补贴人数") ?? allocation).match(/(\d+)\s*(?:人|名)/)?.[1];
        const months = allocation.match(/发放\s*(\d+)\s*个?月/);
        // The amount the allocation gives those persons ("6名人大代表履职补助 0.29 元"), not a rate (每…).
        const personsClause = allocation.split(/[；;]/).find((c) => /\d+\s*(?:人|名)/.test(c)) ?? "";
        // (In a narrative in 万元 an amount in 元 is taken too: "0.29 元" is a slip figure-format reports.)
        const paid = [...personsClause.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/g)].find(
          (m) => (money === "万元" || m[2] === "元") && !/每[^，,；;。\d]{0,12}$/.test(personsClause.slice(Math.max(0, m.index! - 14), m.index!)),
        );
        found.push({
          project: projectName,
          persons: persons === undefined ? (null as unknown as number) : Number(persons),
          standard_yuan: standard.yuan,
          per: standard.per,
          months: months ? Number(months[1]) : standard.per === "人/年" ? 1 : standard.per === "人/月" ? 12 : (null as unknown as number),
          months_stated: Boolean(months) || standard.per === "人/年" || /每年/.test(allocation),
          amount: paid ? normalizeFigure(paid[1]) : "",
          text: [allocation, field("补贴人数") && `补贴人数：${field("补贴人数")}`, field("补贴标准") && `补贴标准：${field("补贴标准")}`]
            .filter(Boolean)
            .join("；"),
        });
      }
    }
    // The project's budget is the subsidy's amount when the project pays this one subsidy.
    if (found.length === 1 && found[0].amount === "" && budget) found[0].amount = budget;
    for (const subsidy of found) {
      if (subsidy.amount === "") delete (subsidy as Partial<Subsidy>).amount;
      subsidies.push(subsidy);
    }
  }
  return subsidies;
}

// ---------------------------------------------------------------------------------------------
// Lists and statements

const PROCUREMENT_TOTAL = byUnit((amount) => `政府采购(?:预算|总额)(?:为|共)?${amount}`);

/** 政府采购预算 X 万元，其中：货物 a、工程 b、服务 c；面向中小企业预留 d，其中小微企业 e (in `money`, the narrative's unit). */
export function readProcurement(lines: TextLine[], money: MoneyUnit = "万元"): Procurement | undefined {
  const inUnit = UNIT_AMOUNT[money];
  for (const sentence of narrativeSentences(lines)) {
    const text = sentence.flat;
    const total = text.includes("政府采购") ? text.match(PROCUREMENT_TOTAL[money]) : null;
    if (!total) continue;
    const part = (word: string) => text.match(new RegExp(`政府采购${word}(?:预算|类)?(?:为)?${inUnit}`))?.[1];
    // The reserve sentence may follow the total's.
    const rest = narrativeSentences(lines).filter((s) => s.section === sentence.section).map((s) => s.flat).join("");
    const sme = rest.match(new RegExp(`中小企业预留(?:的)?政府采购项目预算(?:金额)?(?:为)?${inUnit}`))?.[1];
    const small = rest.match(new RegExp(`(?:小微企业|小型和微型企业)(?:预留)?(?:的)?政府采购项目预算(?:金额)?(?:为)?${inUnit}`))?.[1];
    const entry: Procurement = { section: sentence.section, total: normalizeFigure(total[1]), text: sentence.text };
    const goods = part("货物");
    const works = part("工程");
    const services = part("服务");
    if (goods) entry.goods = normalizeFigure(goods);
    if (works) entry.works = normalizeFigure(works);
    if (services) entry.services = normalizeFigure(services);
    if (sme) entry.sme_reserve = normalizeFigure(sme);
    if (small) entry.small_micro_reserve = normalizeFigure(small);
    return entry;
  }
  return undefined;
}

/** 车辆 N 辆，…；其中：一般公务用车 a 辆，…；执法执勤用车 b 辆，…；其他车辆 c 辆 — and 未安排购置车辆经费. */
export function readVehicles(lines: TextLine[]): Vehicles | undefined {
  const sentences = narrativeSentences(lines);
  let vehicles: Vehicles | undefined;
  const COUNT = /(?<!其他|购置)车辆(\d+)辆/;
  const at = sentences.findIndex((s) => s.flat.includes("车辆") && COUNT.test(s.flat));
  if (at >= 0) {
    const { section } = sentences[at];
    // The count and its parts run over the next few sentences of the same section, up to the
    // next asset (办公家具, 设备) or the purchases.
    const run = sentences.slice(at, at + 5).filter((s) => s.section === section);
    const text = run.map((s) => s.flat).join("");
    const count = text.match(COUNT)!;
    const rest = text.slice(count.index! + count[0].length);
    const list = rest.slice(0, rest.search(/办公家具|单价|设备|购置|$/));
    vehicles = { section, count: Number(count[1]), text: run.map((s) => s.text).join("") };
    const parts = [...list.matchAll(/([\u4e00-\u9fa5]{2,12}?(?:用车|车辆))(\d+)辆/g)].map((m) => ({ name: m[1], count: Number(m[2]) }));
    if (parts.length > 0) vehicles.parts = parts;
  }
  const noPurchase = sentences.find((s) => s.flat.includes("未安排") && /未安排(?:购置)?车辆购置经费|未安排购置车辆经费|未安排公务用车购置/.test(s.flat));
  if (noPurchase) {
    vehicles ??= { section: noPurchase.section, text: noPurchase.text };
    vehicles.no_purchase = true;
  }
  return vehicles;
}

/** Sentences describing an amount: the subject before it, and what follows — kept where something
 *  follows (what it is used for, why it changed, what the sentence concludes: "所以 2024 年 Y 比上年减少"). */
export function readAmountSentences(lines: TextLine[], money: MoneyUnit = "万元"): AmountSentence[] {
  const found: AmountSentence[] = [];
  for (const sentence of narrativeSentences(lines)) {
    if (!sentence.section || sentence.section === "第一部分") continue;
    const text = sentence.flat;
    const amount = text.includes(money) ? text.match(UNIT_FIGURE[money]) : null;
    if (!amount || amount.index === 0) continue;
    const subject = text
      .slice(0, amount.index)
      .replace(/^.*[：:](?=[^：:]*$)(?!$)/, (head) => (/[（(][类款项][）)]/.test(head) ? head : ""))
      .replace(/^(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)/, "")
      .replace(/[：:，,]?(?:\d{4}年)?(?:预算数|预算)?(?:为|是|共)?$/, "")
      .replace(/^(?:其中|包括)[:：]?/, "");
    const rest = text.slice(amount.index! + amount[0].length);
    if (subject && /用于|原因|所以|因此/.test(rest)) found.push({ section: sentence.section, subject, rest });
  }
  return found;
}

/** "本部门 … 我单位": how the narrative refers to itself. */
export function readSelfReference(lines: TextLine[]): SelfReference | undefined {
  const found: SelfReference = { 部门: 0, 单位: 0, first: {} };
  for (const sentence of narrativeSentences(lines)) {
    // Part one describes duties ("负责本部门并指导社区…"), not the budget's own voice.
    if (sentence.section === "第一部分") continue;
    for (const match of sentence.flat.matchAll(/[本我](部门|单位)/g)) {
      const word = match[1] as "部门" | "单位";
      found[word]++;
      found.first[word] ??= { section: sentence.section, text: sentence.text };
    }
  }
  return found.部门 + found.单位 > 0 ? found : undefined;
}

/**
 * Sentences saying a table is empty: "…政府性基金预算支出情况表为空表". They are made in the
 * narrative and in the notes under the tables alike; the tables' own titles, headers and rows
 * (`inTableBody`) are no part of any sentence.
 */
export function readEmptyStatements(
  lines: TextLine[],
  classify: (title: string) => TableId | undefined,
  inTableBody?: (line: TextLine) => boolean,
): EmptyStatement[] {
  const statements: EmptyStatement[] = [];
  for (const sentence of splitSentences(lines, "空", inTableBody)) {
    if (!sentence.flat.includes("空表")) continue;
    const text = sentence.flat;
    // "…表为空表": the title is the clause before it (at most 30 characters back).
    for (let at = text.indexOf("表为空表"); at >= 0; at = text.indexOf("表为空表", at + 4)) {
      const clause = text.slice(Math.max(0, at - 30), at + 1).split(/[，。；,]/).pop()!;
      if (clause.length < 3) continue;
      const table = classify(clause.replace(/^.*?(?=(?:单位|部门)?(?:收支|收入|支出|财政拨款|一般公共|政府性基金|国有资本|三公|“三公”|上年))/, ""));
      if (table && !statements.some((s) => s.table === table)) statements.push({ section: sentence.section, table, text: sentence.text });
    }
  }
  return statements;
}
