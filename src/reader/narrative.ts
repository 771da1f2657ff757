/**
 * The narrative's lists and statements: 政府采购, the vehicles held, the sentences that describe an
 * amount, how the document calls its unit (本单位/本部门), and the tables it says are empty (空表).
 * The claims are read in narrative-claims.ts, the project descriptions and subsidies in
 * project-descriptions.ts, the sentences and sections they all stand in in narrative-sentences.ts.
 */
import type { MoneyUnit } from "../amount";
import { byUnit, UNIT_FIGURE } from "./narrative-amounts";
import { narrativeSentences, splitSentences } from "./narrative-sentences";
import { normalizeFigure } from "./table-body";
import type { TextLine } from "./text-lines";
import { subjectLevels } from "./subject-levels";
import type { AmountSentence, EmptyStatement, OtherBudgetYear, OtherUnitName, Procurement, SelfReference, TableId, Vehicles } from "./types";

/** "政府采购预算 X 万元", "政府采购预算总额为 X", "政府采购预算金额共计 X" (not a reserve's "政府采购项目预算"). */
const PROCUREMENT_TOTAL = byUnit((amount) => `政府采购(?:预算(?:总额|总金额|金额)?|总额|总金额)(?:为|共计|合计|共)?${amount}`);
/** A kind of purchase in the total's sentence: "政府采购货物预算 X 万元", "货物类预算 X", "货物采购预算 X", "货物类 X", "货物类政府采购预算 X". */
const procurementPart = (word: string) => byUnit((amount) => `(?:政府采购)?${word}(?:类)?(?:政府)?(?:采购)?(?:项目)?(?:预算)?(?:金额)?(?:为)?${amount}`);
const PROCUREMENT_GOODS = procurementPart("货物");
const PROCUREMENT_WORKS = procurementPart("工程");
const PROCUREMENT_SERVICES = procurementPart("服务");
/** "面向中小企业预留政府采购项目预算金额 X", "预留给中小企业的政府采购项目预算 X". */
const SME_RESERVE = byUnit((amount) => `(?:中小企业预留|预留给中小企业)(?:的)?政府采购项目预算(?:金额)?(?:为)?${amount}`);
/**
 * "小微企业预留政府采购项目预算金额 X", "预留给小微企业的政府采购项目预算 X"; in the reserve's own "其中"
 * also without the words: "其中预留给小微企业 X", "其中，面向小微企业预留 X", "其中预留小微企业份额 X".
 */
const SMALL_MICRO_RESERVE = byUnit(
  (amount) =>
    "(?:(?:预留给)?(?:小微企业|小型和微型企业)(?:预留)?(?:的)?政府采购项目预算(?:金额)?" +
    `|其中[，,:：]?(?:面向|预留给|预留|向)?(?:小微企业|小型和微型企业)(?:预留)?(?:的)?(?:份额|金额|预算)?)(?:为)?${amount}`,
);

/** 政府采购预算 X 万元，其中：货物 a、工程 b、服务 c；面向中小企业预留 d，其中小微企业 e (in `money`, the narrative's unit). */
export function readProcurement(lines: TextLine[], money: MoneyUnit = "万元"): Procurement | undefined {
  for (const sentence of narrativeSentences(lines)) {
    const text = sentence.flat;
    const total = text.includes("政府采购") ? text.match(PROCUREMENT_TOTAL[money]) : null;
    if (!total) continue;
    // The reserve sentence may follow the total's.
    const rest = narrativeSentences(lines).filter((s) => s.section === sentence.section).map((s) => s.flat).join("");
    const sme = rest.match(SME_RESERVE[money])?.[1];
    const small = rest.match(SMALL_MICRO_RESERVE[money])?.[1];
    const entry: Procurement = { section: sentence.section, total: normalizeFigure(total[1]), text: sentence.text };
    const goods = text.match(PROCUREMENT_GOODS[money])?.[1];
    const works = text.match(PROCUREMENT_WORKS[money])?.[1];
    const services = text.match(PROCUREMENT_SERVICES[money])?.[1];
    if (goods) entry.goods = normalizeFigure(goods);
    if (works) entry.works = normalizeFigure(works);
    if (services) entry.services = normalizeFigure(services);
    if (sme) entry.sme_reserve = normalizeFigure(sme);
    if (small) entry.small_micro_reserve = normalizeFigure(small);
    return entry;
  }
  return undefined;
}

/** 车辆 N 辆 (车辆共 N 辆)，…；其中：一般公务用车 a 辆，…；执法执勤用车 b 辆，…；其他车辆 c 辆 — and 未安排购置车辆经费. */
export function readVehicles(lines: TextLine[]): Vehicles | undefined {
  const sentences = narrativeSentences(lines);
  let vehicles: Vehicles | undefined;
  const COUNT = /(?<!其他|购置)车辆(?:共有|共计|合计|总数|共)?(\d+)辆/;
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

/** A list's number before a subject: "8.", "（三）", "二、". */
const LIST_NUMBER = /^(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)/;

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
      // What precedes a colon stays where it names a classification ("…（项）：", "2081901 城市…：").
      .replace(/^.*[：:](?=[^：:]*$)(?!$)/, (head) => (/[（(][类款项][）)]/.test(head) || subjectLevels(head.replace(LIST_NUMBER, "").slice(0, -1)) ? head : ""))
      .replace(LIST_NUMBER, "")
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
 * A year the narrative names its budget by: "2024 年收支预算", "2024 年部门预算", "关于…2024 年一般公共预算
 * 当年拨款情况说明", "2024 年支出预算 X 万元" (the year is $1). Not a comparison ("比2023年预算…", "2023 年与
 * 2024 年均…"), a date ("截至 2023 年底", "2023 年 11、12 月"), a document number ("〔2023〕"), last
 * year's figure ("2023 年预算数为", "…预算执行数", "…决算"), or a project's name ("2023 年中央…补助资金").
 */
const BUDGET_YEAR =
  /(?<![比较与同至和及、\d〔[【])(\d{4})年度?(?!底|末|\d|当年|预算数|预算执行|执行|决算|与|和|至|、)(?:的)?(?:部门|单位)?(?:收支|收入预算|支出预算|预算|一般公共预算|政府性基金预算|国有资本经营预算|财政拨款)/g;

/** Whether the text has a year ("2023年") other than `year` (most sentences name none, or the document's). */
function namesAnotherYear(text: string, year: number): boolean {
  for (let at = text.indexOf("年", 4); at >= 0; at = text.indexOf("年", at + 1)) {
    let named = 0;
    for (let i = at - 4; i < at; i++) {
      const digit = text.charCodeAt(i) - 48;
      named = digit >= 0 && digit <= 9 ? named * 10 + digit : -1;
      if (named < 0) break;
    }
    if (named >= 0 && named !== year) return true;
  }
  return false;
}

/** Where the narrative names its budget by another year than the document's (`year`): a copied sentence or heading, each as printed. */
export function readOtherBudgetYears(lines: TextLine[], year: number | undefined): OtherBudgetYear[] {
  if (year === undefined) return [];
  const found: OtherBudgetYear[] = [];
  for (const sentence of narrativeSentences(lines)) {
    // (The cover, section "", is read too: the document's year is the one most of its first pages
    // name, so a cover left at last year's is outvoted and shows here.)
    if (!namesAnotherYear(sentence.flat, year)) continue;
    for (const match of sentence.flat.matchAll(BUDGET_YEAR)) {
      const named = Number(match[1]);
      if (named !== year) found.push({ section: sentence.section, year: named, text: sentence.text });
    }
  }
  return found;
}

/**
 * The word that says what kind of body a unit is, at the end of its name, for the kinds whose
 * disclosures have no cause to name a peer (a 局's may well name another 局: "市人社局下达的…").
 */
const BODY_WORD = /(?:街道办事处|办事处|中心|学校|医院|福利院|幼儿园)$/;

/**
 * Names of another body of the same kind and place as the unit ("库尔勒市新城街道办事处" in 库尔勒市希望街道办事处's
 * disclosure): the unit's own name, its budget units' and a shorter form of either ("上海市普陀区万里街道办事处") are not.
 */
export function readOtherUnitNames(lines: TextLine[], unit: string | undefined, subunits: readonly string[]): OtherUnitName[] {
  const body = unit?.match(BODY_WORD)?.[0];
  if (!unit || !body || unit.length < body.length + 4) return [];
  // The place the unit's name starts with (its first three characters: "库尔勒", "阿图什", "上海市").
  const place = unit.slice(0, 3);
  const mention = new RegExp(`${place}[\u4e00-\u9fa5（）()]{1,24}?${body}`, "g");
  const own = [unit, ...subunits];
  const found: OtherUnitName[] = [];
  const seen = new Set<string>();
  for (const sentence of narrativeSentences(lines)) {
    // (Most mentions are of the unit itself, in full: a sentence with no other is not searched.)
    if (!mentionsOtherThan(sentence.flat, place, unit)) continue;
    for (const [name] of sentence.flat.matchAll(mention)) {
      if (seen.has(name) || own.some((o) => shortFormOf(name, o) || shortFormOf(o, name))) continue;
      seen.add(name);
      found.push({ section: sentence.section, name, text: sentence.text });
    }
  }
  return found;
}

/** Whether `place` stands in the text other than as the start of `unit`'s name. */
function mentionsOtherThan(text: string, place: string, unit: string): boolean {
  for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + place.length)) {
    if (!text.startsWith(unit, at)) return true;
  }
  return false;
}

/** A name written short, its characters in order within the full name ("上海市普陀区万里街道办事处" of "…区人民政府万里街道办事处"). */
function shortFormOf(short: string, full: string): boolean {
  let at = 0;
  for (const c of short) {
    at = full.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * What follows a table's title in a sentence saying it is empty: "…表为空表", "…表为空", "…表是空表",
 * "…表以空表列示", "…表公开空表", "…表无数据".
 */
const SAID_EMPTY = /表(?:为空表?|是空表|以空表|公开(?:为)?空表|(?:无|没有)数据)/g;

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
  // Every wording has the title's 表 (and the sentences without one are not made).
  for (const sentence of splitSentences(lines, "表", inTableBody)) {
    const text = sentence.flat;
    // The title is the clause before the words (at most 30 characters back).
    for (const { index: at } of text.matchAll(SAID_EMPTY)) {
      const clause = text.slice(Math.max(0, at! - 30), at! + 1).split(/[，。；,]/).pop()!;
      if (clause.length < 3) continue;
      const table = classify(clause.replace(/^.*?(?=(?:单位|部门)?(?:收支|收入|支出|财政拨款|一般公共|政府性基金|国有资本|三公|“三公”|上年))/, ""));
      if (table && !statements.some((s) => s.table === table)) statements.push({ section: sentence.section, table, text: sentence.text });
    }
  }
  return statements;
}
