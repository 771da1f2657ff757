/**
 * The narrative as sentences, each with the section it stands in: 第N部分, its 一、 and （一）
 * headings, and the titles a table of contents numbers where the text prints them without numbers.
 * Every reader of the narrative (claims, subsidies, lists and statements) reads these sentences.
 */
import { CHINESE_NUMERAL, ORDINAL_MARK } from "./numbering";
import { compact, type TextLine } from "./text-lines";
import { joinWrapped } from "./table-body";

export interface NarrativeSentence {
  section: string;
  /** The part it stands in ("三" for 第三部分), "" in a narrative without parts. */
  part: string;
  text: string;
  /** The text without white space, as most patterns read it. */
  flat: string;
  /** The title of its section, when the sentence is the first under it ("（一）因公出国（境）费情况"). */
  title?: string;
  /** The sentence is a heading's title ("五、关于…一般公共预算当年拨款情况说明"), wrapped lines joined. */
  heading?: true;
}

export const PART = /^第([一二三四1-4])部分/;
export const TOP_HEADING = new RegExp(`^(${CHINESE_NUMERAL})${ORDINAL_MARK}`);
export const SUB_HEADING = new RegExp(`^[（(](${CHINESE_NUMERAL})[）)]`);
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

/** A line ending in leaders (and a page number): "…………… 5", "..... 12" (read from its end: most lines are not searched). */
function endsInLeaders(flat: string): boolean {
  let end = flat.length;
  while (end > 0 && flat.charCodeAt(end - 1) >= 48 && flat.charCodeAt(end - 1) <= 57) end--;
  if (end < 3) return false;
  const last = flat[end - 1];
  return (last === "…" || last === "." || last === "·") && LEADERS.test(flat.slice(end - 3, end));
}

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
    const led = endsInLeaders(flat);
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
    // A numbered line ("二、机构设置及人员情况") is a heading, whatever its words.
    if (HEADING_START.has(flat.charCodeAt(0)) && (TOP_HEADING.test(flat) || SUB_HEADING.test(flat))) return false;
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

/** The title of each section the narrative heads with one ("五" → "五、关于…一般公共预算当年拨款情况说明"), white space removed. */
export function sectionTitles(lines: TextLine[]): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const { section, heading, flat } of narrativeSentences(lines)) {
    if (heading && section !== "" && titles[section] === undefined) titles[section] = flat;
  }
  return titles;
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

/** A change's rate: "增长 40.62%", "增长 1,053.85%". */
const RATE_WORD = "(?:增长|下降|增幅|降幅|涨幅|减幅|上升|增加|减少)(?:率|幅度)?了?为?";
const RATE_ONLY = String.raw`${RATE_WORD}\s*[\d,.]+\s*[%％]`;
/**
 * A sentence ends at 。, and at ；; except before a clause that is only a change's rate: in
 * "比上年增加 130.00 万元；增长 40.62%" the rate is the change's, and stays in its sentence.
 */
const SENTENCE_END = new RegExp(`。|[；;](?!\\s*${RATE_ONLY})`, "g");
/** A line that opens with such a clause (or is its word, the rate wrapped onto the next line) goes on with the sentence a ； ended the line before. */
const OPENS_WITH_RATE = new RegExp(`^(?:${RATE_ONLY}|${RATE_WORD}$)`);

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

/** Splits after each sentence end (the delimiter stays with its sentence). */
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
export function splitSentences(lines: TextLine[], mentioning?: string, skipped?: (line: TextLine) => boolean): NarrativeSentence[] {
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
  // The buffer's last line ended in ；: the next line ends the sentence, unless it is only its rate.
  let endedBySemicolon = false;
  const flush = () => {
    endedBySemicolon = false;
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
      if (isTitle) sentence.heading = true;
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
    if (endedBySemicolon && !OPENS_WITH_RATE.test(line.flat)) flush();
    if (buffer.length === 0) {
      bufferSection = sections.section;
      bufferPart = sections.part;
    }
    buffer.push(line);
    const last = text.charCodeAt(text.length - 1);
    if (last === FULL_STOP) flush();
    else endedBySemicolon = last === FULL_SEMICOLON;
  }
  flush();
  return sentences;
}

function filledCells(cells: string[]): number {
  let filled = 0;
  for (const cell of cells) if (cell) filled++;
  return filled;
}
