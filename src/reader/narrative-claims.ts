/**
 * The narrative's claims: amounts with their shares (占 x%) and changes against last year
 * (比上年增加/减少 X 万元, 增长/下降 Y%), signed, and the staff changes 第一部分 states.
 *
 * Claims are found clause by clause: every amount in the narrative's unit that is not itself a
 * change opens a claim, and the share and change figures that follow it (up to the next amount)
 * belong to it.
 */
import { Decimal, type MoneyUnit } from "../amount";
import { DIGITS } from "./narrative-amounts";
import { narrativeSentences, type NarrativeSentence } from "./narrative-sentences";
import { STAFF_CLAIM } from "./staff";
import { LEVEL_MARK } from "./subject-levels";
import { normalizeFigure } from "./table-body";
import { threePublicKeyOfSubject } from "./table-specs";
import { compact, type TextLine } from "./text-lines";
import type { Claim, StatedAmount } from "./types";

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

/** What a rate may be called after its word: "增长率 5%", "下降幅度为 5%". */
const RATE_NAMES = ["率", "幅度"];

function wordEndingAt(text: string, end: number, from: number): { word: string; start: number } | undefined {
  const name = RATE_NAMES.find((n) => text.endsWith(n, end)) ?? "";
  const wordEnd = end - name.length;
  if (wordEnd - 2 < from) return undefined;
  const word = MENTION_WORDS.get(text.slice(wordEnd - 2, wordEnd));
  return word ? { word, start: wordEnd - 2 } : undefined;
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

/**
 * A classification subject that ends where a comma comes before its amount: "…（项）科目，2024 年预算数为 X 万元",
 * "…（项），…", "“…（2080501）”，…" (a level's mark, as subjectLevels reads them).
 */
const SUBJECT_BEFORE_COMMA = new RegExp(`(?:科目|${LEVEL_MARK.source})[”"]?$`);

/** A clause before an amount that names nothing but the budget: "", "预算", "预算安排". */
const NAMES_ONLY_THE_BUDGET = /^(?:预算(?:数|安排)?|安排)?$/;

/** The clause before the comma the clause at `start` opens with, and where it starts; undefined where no comma opens it. */
function clauseBeforeComma(text: string, from: number, start: number): { text: string; start: number } | undefined {
  const comma = text[start - 1];
  if (start - 1 <= from || (comma !== "，" && comma !== ",")) return undefined;
  const clause = clauseStart(text, from, start - 1);
  return { text: text.slice(clause, start - 1), start: clause };
}

/** Where the clause before an amount names nothing, the clause before its comma when that is a classification subject. */
function subjectBeforeComma(text: string, from: number, start: number): string {
  const before = clauseBeforeComma(text, from, start);
  const subject = before ? cleanSubject(before.text) : "";
  return SUBJECT_BEFORE_COMMA.test(subject) ? subject : "";
}

/** The year an amount is compared with: "上年", "上年度", "去年", "上一年", "2024 年", "2023年度". */
const LAST_YEAR = String.raw`(?:上年度?|去年|上一年度?|\d{4}\s*年度?)`;
/** A clause that only compares what it names with last year: "…经费预算与上年预算相比", "…支出同上年相比". */
const COMPARED_CLAUSE = new RegExp(`(?:与|同|和|较)\\s*${LAST_YEAR}(?:预算)?数?\\s*(?:相比|比较)较?$`);

/**
 * Where the clause before a change names nothing, the clause before its comma when that one names
 * what is compared with last year ("…经费预算与上年预算相比，增加 X 万元"): its subject, and where it starts.
 */
function subjectComparedBeforeComma(text: string, from: number, start: number): { subject: string; start: number } | undefined {
  const before = clauseBeforeComma(text, from, start);
  const clause = before?.text.trimEnd();
  const compared = clause?.match(COMPARED_CLAUSE);
  if (!before || !clause || !compared) return undefined;
  const subject = cleanSubject(clause.slice(0, compared.index));
  return subject !== "" ? { subject, start: before.start } : undefined;
}

/** The subject of the clause that ends at `at`, before a change or its rate: that of the comparison before its comma where it names none. */
function changeSubject(text: string, from: number, at: number): { subject: string; start: number } {
  const own = clauseSubject(text, from, at);
  return own.subject === "" ? (subjectComparedBeforeComma(text, from, own.start) ?? own) : own;
}
/** Right after an amount: "，与上年预算持平", "，比2024年预算持平" (no change, in words). */
const UNCHANGED = new RegExp(String.raw`^\s*[，,]?\s*(?:比|与|较)\s*${LAST_YEAR}[^，。；;\d]{0,8}(?:持平|一致|相同|不变|无变化|没有变化|无增减)`);
/** Before an amount: "比上年预算 X 万元" compares; it opens no claim. */
const COMPARED_WITH = new RegExp(`(?:比|较|与)${LAST_YEAR}[^，。；]{0,8}$`);
/** A subject's tail that only says what it is compared with: "与上年预算相比", "比2024年". */
const COMPARISON_TAIL = new RegExp(`(?:与|比|较)?${LAST_YEAR}(?:预算)?(?:数)?(?:相比)?$`);

/** A change % of a figure of last year the sentence states: "比2023年预算执行数减少 57.14%". */
const COMPARED_WITH_FIGURE = new RegExp(`(?:比|较|与)\\s*(${LAST_YEAR})\\s*(?:当年)?(预算执行数|执行数|决算数|预算数)`);

/**
 * A clause that states last year's figure of the amount before it: "，上年预算数为 2.00 万元",
 * "，2023 年预算数 2.00 万元", "，较上年预算数 2.00 万元（增加 …）" (the year is $1).
 */
const LAST_YEAR_FIGURE = new RegExp(
  String.raw`^(?:比|较|与)?\s*(上年度?|去年|上一年度?|\d{4}\s*年度?)(?:的)?(?:同期)?(?:年初)?(?:预算执行数|预算数|预算|执行数|决算数)?(?:为|是)?[\s:：]*$`,
);

/** Last year's figure a clause before an amount states, where it names last year (a year before `year`). */
function statesLastYear(clause: string, year: number | undefined): boolean {
  const named = clause.trim().match(LAST_YEAR_FIGURE);
  if (!named) return false;
  const printed = named[1].match(/^\d{4}/);
  return !printed || (year !== undefined && Number(printed[0]) < year);
}

/** A clause's end naming last year's figure: "…（项）：上年预算数为", "…，2023 年预算数" (the year is $1). */
const LAST_YEAR_FIGURE_NAMED = /(上年度?|去年|上一年度?|\d{4}\s*年度?)(?:的)?(?:同期)?(?:预算执行数|预算数|执行数|决算数|预算)(?:为|是)?[\s:：]*$/;
/** What follows it where this year's amount comes next: "，本年预算数为 ", "，2024 年预算 " (the year is $1). */
const THIS_YEAR_NEXT = /^\s*[，,；;]\s*(本年度?|今年|当年|\d{4}\s*年度?)(?:的)?(?:预算数|预算安排|预算|安排)(?:为|是)?[\s:：]*/;

/**
 * Where the clause [start, at) names last year's figure of the amount at [at, end) and this year's
 * amount follows ("…（项）：上年预算数为 2.00 万元，本年预算数为 2.77 万元"): where its naming starts.
 */
function lastYearBefore(text: string, start: number, at: number, end: number, money: MoneyUnit, year: number | undefined): number | undefined {
  // (Every naming has its 年: most clauses are not searched.)
  const year0 = text.indexOf("年", start);
  const named = year0 >= 0 && year0 < at ? text.slice(start, at).match(LAST_YEAR_FIGURE_NAMED) : null;
  if (!named) return undefined;
  const next = text.slice(end, end + 30).match(THIS_YEAR_NEXT);
  if (!next || !new RegExp(`^${AMOUNT}\\s*${money}`).test(text.slice(end + next[0].length))) return undefined;
  const printedYear = (words: string) => (/^\d{4}/.test(words) ? Number(words.slice(0, 4)) : undefined);
  const [before, after] = [printedYear(named[1]), printedYear(next[1])];
  if (before !== undefined && (after ?? year) === undefined) return undefined;
  if (before !== undefined && before >= (after ?? year)!) return undefined;
  if (after !== undefined && year !== undefined && after < year) return undefined;
  return start + named.index!;
}

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
const LIST_MARKER = /(?:^|[^\d])(\d{1,2}[、.．](?:(?!\d)|(?=(?:\d{3}(?:\s\d{2}){1,2}|\d{3}|\d{5}|\d{7})\s*[\u4e00-\u9fa5]))|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|[一二三四五六七八九十]{1,3}、)/g;
const LIST_MARKER_CHARACTER = /[、.．（(]/;

/** After a level's marker, words that only say this year's budget (the marker itself is $1). */
const LEVEL_TAIL = /([（(][类款项][）)])[：:\s]*(?:(?:\d{4}\s*年度?|本年度?|当年|今年)(?:的)?)?(?:预算)?(?:支出|安排|数|金额)*(?:为|是)?[：:\s]*$/;
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
  subject = subject.replace(/^[，,。；;：:、\s]+/, "").replace(/^[（(]?其中[:：]?/, "");
  // The first of the parts a bracket lists: "…X 万元（人员经费".
  if ((subject.startsWith("（") || subject.startsWith("(")) && bracketsOpen(subject, 0, subject.length) > 0) subject = subject.slice(1);
  // What follows a classification level's marker only says it is this year's budget: "…（项）支出",
  // "…（项）预算安排", "…（项）：2024 年预算数为", "…（项）：本年预算数".
  if (subject.includes("）") || subject.includes(")")) subject = subject.replace(LEVEL_TAIL, "$1");
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

/** A clause that opens a list of the amount before it, all its parts: "包括：财政拨款 3.00 万元". */
export const LIST_OPENS = /^包括[:：]?/;
const LIST_ENDS = /^[（(]?其中/;
/** …and "其中，" the clause before a part leaves behind ("…万元，其中，预留给小微企业 …"). */
const LIST_ENDS_BEFORE = /其中\s*[，,]\s*$/;

/** Right after an amount, the one part it is all of: "，全部为公务接待费", "，均为基本支出", "，全部是一般公共预算拨款". */
const ALL_OF = /^\s*[，,]\s*(?:全部|全额|均)(?:为|是|属于)([^，,。；;、（(\d]{2,30})/;

/** How far before its figure a share's 占 may stand where the words between name its base. */
const SHARE_BASE_REACH = 30;
/** "占" and the words up to the share's figure, within one clause: "占基本支出的", "占预留份额的比例为". */
const SHARE_NAMING_BASE = /占([^，,。；;：:、（()）\d]{0,28})\s*$/;

/** What a share says it is of, from the words after 占 ("基本支出的比重为" → "基本支出"; "比" of 占比 names nothing). */
function shareBaseName(words: string): string {
  return compact(words)
    .replace(/^比(?:重|例)?/, "")
    .replace(/(?:的)?(?:比重|比例|比率)?(?:为|是|约为?|达到?)?$/, "");
}

/**
 * The last amount the sentences before stated in their section, what a sentence opening with 其中 lists
 * the parts of; and the list a sentence ending in ； leaves open ("其中：基本支出 …；项目支出 …").
 */
interface AmountBefore {
  section?: string;
  subject?: string;
  listOf?: string;
}

/**
 * The claims a sentence makes: each amount (in `money`, the narrative's unit) with the share and change
 * figures after it. `before` is the amount stated last before it ("住房保障支出 104.33 万元。其中：基本支出
 * …" lists its parts), updated to the sentence's own last amount.
 */
function claimsIn(sentence: NarrativeSentence, stated: StatedAmount[], money: MoneyUnit, before: AmountBefore = {}, year?: number): Claim[] {
  const claims: Claim[] = [];
  const text = sentence.text;
  // Every mention ends in the unit, % or ％.
  if (!text.includes(money) && !text.includes("%") && !text.includes("％")) return claims;
  const mentions = MENTION[money];
  // The claim open, where it stands in the text, and the one part it is all of ("，全部为公务接待费").
  let current: (Claim & { start: number; end: number; allOf?: { subject: string; text: string } }) | undefined;
  let lastEnd = 0;
  // The amounts this sentence states (a rate's last-year figure is among them).
  const sentenceStart = stated.length;
  // The subject of the amount before (of the first of a 包括 list's parts), of the amount whose parts
  // the sentence lists (after 包括 or 其中), and of the amount just before.
  const sameSection = before.section === sentence.section;
  let listOf: string | undefined = sameSection ? before.listOf : undefined;
  let whole: string | undefined = listOf;
  let previous: string | undefined = sameSection ? before.subject : undefined;
  const close = () => {
    if (!current) return;
    const { start, end, allOf, ...claim } = current;
    const claimText = text.slice(start, end).replace(/^[，,；;。：:\s]+/, "").trim();
    if (LIST_OPENS.test(claim.subject) && whole !== undefined) listOf = whole;
    // "…，其中：…", "…（其中：…）" lists the parts of the amount just before (a part of a 包括 list's, there).
    else if (LIST_ENDS.test(claimText) || LIST_ENDS_BEFORE.test(text.slice(Math.max(0, start - 6), start))) listOf = whole = previous;
    const partOf = listOf !== undefined ? { part_of: listOf } : {};
    if (current.share_pct !== undefined || current.change !== undefined || current.change_pct !== undefined) {
      claims.push({ ...claim, ...partOf, text: claimText });
    } else if (claim.amount !== "") {
      stated.push({ section: claim.section, subject: claim.subject, amount: claim.amount, text: claimText, ...partOf });
    }
    if (listOf === undefined) whole = claim.subject;
    // (A change stated on its own names the amount it is of: "…经费比上年增加 0.92 万元，其中：…" lists that amount's parts.)
    if (claim.amount !== "" || claim.subject !== "") previous = claim.subject;
    if (allOf) stated.push({ section: claim.section, subject: allOf.subject, amount: claim.amount, text: `${claimText}${allOf.text}`, part_of: claim.subject });
    current = undefined;
  };
  // An amount whose parts a bracket lists ("基本支出 X 万元（其中：人员经费 Y 万元，公用经费 Z 万元），占 …"):
  // held open while the bracket's amounts, its parts, are read; after the bracket its share and change
  // follow, and the list the sentence was in goes on.
  let outer: typeof current;
  let outerState: [string | undefined, string | undefined, string | undefined] = [undefined, undefined, undefined];
  const resumeOuter = () => {
    close();
    current = outer;
    outer = undefined;
    [whole, listOf, previous] = outerState;
  };
  // Last year's figure stated before this year's amount, which the next amount's claim takes.
  let lastYearFirst: { subject: string; start: number; amount: string } | undefined;
  mentions.lastIndex = 0;
  for (let previousEnd = 0, match = mentions.exec(text); match; previousEnd = mentions.lastIndex, match = mentions.exec(text)) {
    const [, amount, mentioned] = match;
    const isAmount = mentioned === money;
    const end = match.index + match[0].length;
    if (outer && bracketsOpen(text, outer.end, match.index) <= 0) resumeOuter();
    const before = mentionWord(text, match.index, previousEnd);
    const word = before?.word;
    const at = before ? before.start : match.index;
    // A change stated by its rate first ("…经费比上年增长 5%，增加 10 万元"), where no claim is open
    // or the open one has its rate, opens a claim (of an amount stated earlier) if its clause names
    // what it is of: "…，增长 5%" after a change in 元 names nothing.
    const rateOpens = !isAmount && (word === "增长" || word === "下降") && (!current || current.change_pct !== undefined) ? changeSubject(text, lastEnd, at) : undefined;
    if (isAmount && !word) {
      // "2.87 万元，上年预算数为 2.00 万元，比上年增加 0.87 万元": last year's figure of the amount open.
      // Where the clause before the amount starts.
      const clause = clauseStart(text, lastEnd, at);
      const lastYearOf = current && current.amount !== "" && current.change === undefined && current.last_year === undefined ? current : undefined;
      if (lastYearOf && statesLastYear(text.slice(clause, at), year)) {
        lastYearOf.last_year = normalizeFigure(amount);
        lastYearOf.end = lastEnd = end;
        continue;
      }
      // "比上年预算 X 万元" and the like compare; they open no claim.
      if (COMPARED_WITH.test(text.slice(lastEnd, at))) {
        lastEnd = end;
        continue;
      }
      if (!outer && current && current.amount !== "" && bracketsOpen(text, current.end, at) > 0) {
        outer = current;
        outerState = [whole, listOf, previous];
        whole = listOf = previous = current.subject;
        current = undefined;
      } else close();
      // "…（项）：上年预算数为 2.00 万元，本年预算数为 2.77 万元": last year's figure first; the amount after it opens the claim.
      const lastYearAt = lastYearFirst ? undefined : lastYearBefore(text, clause, at, end, money, year);
      const subjectEnd = lastYearFirst?.start ?? lastYearAt ?? at;
      const { subject: named, start } = subjectEnd === at ? { subject: cleanSubject(text.slice(clause, at)), start: clause } : clauseSubject(text, lastEnd, subjectEnd);
      // "（一）因公出国（境）费情况" over "2024 年预算数为 0.50 万元": the title names what the amount is of.
      // "…（项）科目，预算 X 万元": a clause that names nothing but the budget leaves its subject before the comma.
      const own = lastYearFirst?.subject ?? (NAMES_ONLY_THE_BUDGET.test(named) ? subjectBeforeComma(text, lastEnd, start) || named : named);
      const subject = own || (start === 0 && sentence.title ? cleanSubject(sentence.title) : "");
      if (lastYearAt !== undefined) {
        lastYearFirst = { subject, start, amount: normalizeFigure(amount) };
        lastEnd = end;
        continue;
      }
      current = { section: sentence.section, subject, amount: normalizeFigure(amount), text: "", start: lastYearFirst?.start ?? start, end };
      if (lastYearFirst) current.last_year = lastYearFirst.amount;
      lastYearFirst = undefined;
      // "X 万元，与上年预算持平": a change of nothing, stated in words.
      const unchanged = text.slice(end, end + 30).match(UNCHANGED);
      if (unchanged) {
        current.change = "0";
        current.end = end + unchanged[0].length;
        const lastYear = lastYearStated(unchanged[0], stated, sentenceStart);
        if (lastYear !== undefined) current.last_year = lastYear;
      }
      // "X 万元，全部为公务接待费": the one part is the whole amount.
      const all = text.slice(current.end, current.end + 40).match(ALL_OF);
      if (all) current.allOf = { subject: cleanSubject(all[1]), text: all[0] };
    } else if (rateOpens && rateOpens.subject !== "") {
      close();
      current = { section: sentence.section, subject: rateOpens.subject, amount: "", text: "", start: rateOpens.start, end };
      current.change_pct = word === "下降" ? signedNegative(normalizeFigure(amount)) : normalizeFigure(amount);
    } else if (current && !isAmount) {
      const lead = text.slice(Math.max(lastEnd, at - 14), at);
      // "占 93.22%", or a share that names its base: "占基本支出的 96.79%", "占政府采购项目预算总额的比例为 90%".
      const named = word ? undefined : SHARE_NAMING_BASE.exec(text.slice(Math.max(lastEnd, at - SHARE_BASE_REACH), at));
      // (…or only its 比重: "，比重为 69.73%".)
      if (!word && (/占|比重/.test(lead) || named)) {
        current.share_pct = normalizeFigure(amount);
        const base = named ? shareBaseName(named[1]) : "";
        if (base !== "") current.share_base = base;
        else delete current.share_base;
      }
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
        const { subject, start } = changeSubject(text, lastEnd, at);
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
  if (outer) resumeOuter();
  close();
  before.section = sentence.section;
  before.subject = previous;
  const last = text.trimEnd().at(-1);
  before.listOf = last === "；" || last === ";" ? listOf : undefined;
  return claims;
}

/** How many brackets text[from, to) opens and leaves open (negative where it closes more). */
function bracketsOpen(text: string, from: number, to: number): number {
  let open = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "（" || c === "(") open++;
    else if (c === "）" || c === ")") open--;
  }
  return open;
}

function signedNegative(value: string): string {
  return new Decimal(value).isZero() ? value : `-${value}`;
}

/** The staff sentence of 第一部分: "在职 199 人，减少 89 人". */
function staffClaims(sentence: NarrativeSentence): Claim[] {
  const claims: Claim[] = [];
  // (Every staff claim names 在职, 退休 or 离休: most sentences are not searched.)
  const flat = sentence.flat;
  if (!flat.includes("在职") && !flat.includes("退休") && !flat.includes("离休")) return claims;
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
/**
 * An amount stated for last year ("2023年当年预算执行数为 60.13 万元", "上年…"): no item's name, and no
 * figure of this year's tables. (上年结转 is money this year's budget holds.)
 */
const LAST_YEAR_STATED = /执行数|决算数|上年(?!结转)|去年|上一年/;

/**
 * The narrative's claims, their amounts in `money`, the unit the narrative states them in (what each
 * share is of is decided once the tables are read: assignShareBases); and the amounts it states for
 * this year with no share or change ("其中：因公出国（境）费 0.50 万元，…"), each once: an amount a
 * claim took up is in the claim. Last year's figures are left out ("2023 年执行数 60.13 万元",
 * "比上年…", a year before `year`).
 */
export function readNarrativeAmounts(lines: TextLine[], money: MoneyUnit = "万元", year?: number): { claims: Claim[]; stated: StatedAmount[] } {
  const claims: Claim[] = [];
  const stated: StatedAmount[] = [];
  const taken = new Set<StatedAmount>();
  const before: AmountBefore = {};
  for (const sentence of narrativeSentences(lines)) {
    if (!sentence.section) continue;
    // The staff changes of 第一部分, or, in a text without part headings, of its 二、机构设置及人员情况.
    claims.push(...staffClaims(sentence));
    if (sentence.section === "第一部分") continue;
    for (const claim of claimsIn(sentence, stated, money, before, year)) {
      if (claim.amount !== "") {
        // "2024年预算安排 25.77 万元，比…" names only the budget: it is of the item stated just
        // before ("1.“…（项）”25.77 万元，主要用于…。2023年当年预算执行数为 60.13 万元，…").
        if (GENERIC_SUBJECT.test(claim.subject)) {
          const item = stated.slice(-3).reverse().find((s) => s.section === claim.section && !GENERIC_SUBJECT.test(s.subject) && !LAST_YEAR_STATED.test(s.text));
          if (item) {
            claim.subject = item.subject;
            taken.add(item);
          }
        }
        claims.push(claim);
        continue;
      }
      const bare = (text: string) => plainSubject(text).replace(/(预算数|预算)$/, "");
      const subject = bare(claim.subject);
      // The same "三公" item in other words: "“三公”经费财政拨款预算" and "财政拨款“三公”经费预算",
      // "因公出国(境)费" and "因公出国（境）费", "公务用车运行维护费" and "公务用车运行费".
      const threePublic = threePublicKeyOfSubject(subject);
      const sameSubject = (other: string) => other.endsWith(subject) || (threePublic !== undefined && threePublicKeyOfSubject(other) === threePublic);
      // "与上年预算相比增加 …" with no subject continues the sentence before it.
      const source =
        subject === ""
          ? stated.at(-1)?.section === claim.section ? stated.at(-1) : undefined
          : [...stated].reverse().find((s) => s.section === claim.section && sameSubject(bare(s.subject)));
      if (source && subject === "") claim.subject = source.subject;
      if (source) {
        taken.add(source);
        claims.push({ ...claim, subject: claim.subject.replace(/^其中[:：]?/, ""), amount: source.amount, text: `${source.text} … ${claim.text}` });
      }
    }
  }
  const thisYear = (text: string) => year === undefined || [...text.matchAll(/(\d{4})\s*年/g)].every((m) => Number(m[1]) >= year);
  const own = stated.filter((s) => !taken.has(s) && s.subject !== "" && !LAST_YEAR_STATED.test(s.text) && thisYear(s.text));
  return { claims, stated: own };
}

/** A named base with its totalling words off, as it is matched against subjects ("政府采购项目预算总额" → "政府采购预算"). */
function matchableBase(name: string): string {
  return name.replace(/(?:总额|总计|合计|总数|金额|总)$/, "").replace(/^(?:本|我)(?:单位|部门)/, "").replace("采购项目", "采购");
}

/** A named base that is the whole budget's ("总支出", "支出总额", "本年收入预算", "全部预算"): the section's common total. */
const WHOLE_BUDGET_BASE = /^(?:本年|当年|全年|全部|总)?(?:部门|单位)?(?:预算)?(?:总)?(?:收入|支出)?(?:预算)?$/;

/** Words that refer back to the amount the share's amount is a part of: "占预留份额的", "占其", "占该资金的". */
const BACK_REFERENCE = /^(?:其|该|此|上述)?(?:预留)?(?:份额|资金|金额|经费|预算)?$/;

/**
 * The amount a share's named base has in its section ("人员经费 …，占基本支出的 96.79%" after "基本支出
 * 1,255.41 万元"), or that of the amount it is listed as a part of where the name refers back to it
 * ("其中，预留给小微企业 …，占预留份额的 70%"); undefined where no one amount is named.
 */
function namedBaseAmount(claim: Claim, amounts: readonly (Claim | StatedAmount)[]): string | undefined {
  const wanted = matchableBase(claim.share_base ?? "");
  if (wanted.length < 2 && claim.part_of === undefined) return undefined;
  const inSection = amounts.filter((a) => a !== claim && a.section === claim.section && a.amount !== "");
  const only = (found: (Claim | StatedAmount)[]) => {
    const values = new Set(found.map((a) => a.amount));
    return values.size === 1 ? [...values][0] : undefined;
  };
  const byName = wanted.length >= 2 ? only(inSection.filter((a) => matchableBase(plainSubject(a.subject)).endsWith(wanted))) : undefined;
  if (byName !== undefined) return byName;
  return claim.part_of !== undefined && BACK_REFERENCE.test(claim.share_base ?? "") ? only(inSection.filter((a) => a.subject === claim.part_of)) : undefined;
}

/**
 * The total each share is of: the amount its named base has in the section, where the sentence names
 * one (see namedBaseAmount); otherwise, the shares of one section that name the same base, or none
 * but the whole budget, are of one total: the known total that fits them best together (a share that
 * is itself wrong then stands out against it). `stated` are the section's other amounts a base may name.
 */
export function assignShareBases(claims: Claim[], bases: string[], stated: readonly StatedAmount[] = []): void {
  const amounts = [...claims, ...stated];
  const bySection = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (claim.share_pct === undefined) continue;
    const named = claim.share_base !== undefined && !WHOLE_BUDGET_BASE.test(matchableBase(claim.share_base));
    if (named) {
      const amount = namedBaseAmount(claim, amounts);
      if (amount !== undefined) {
        claim.share_of = amount;
        continue;
      }
    }
    const key = named ? `${claim.section}\u0000${claim.share_base}` : claim.section;
    const group = bySection.get(key) ?? [];
    group.push(claim);
    bySection.set(key, group);
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
