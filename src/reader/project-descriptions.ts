/**
 * The project descriptions of the narrative (项目名称, 预算安排规模, 资金分配情况, 补贴人数, 补贴标准 …):
 * the per-person subsidies they state, their budgets and how the money is allocated.
 */
import { convertUnit, Decimal, type MoneyUnit } from "../amount";
import { byUnit, DIGITS, UNIT_FIGURE } from "./narrative-amounts";
import { PART, SUB_HEADING, TOP_HEADING } from "./narrative-sentences";
import { joinWrapped, normalizeFigure } from "./table-body";
import type { TextLine } from "./text-lines";
import type { FundAllocation, ProjectBudget, Subsidy } from "./types";

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
  return text.replace(/\s/g, "").replace(/[／·•.．]/g, "/").replace("月/人", "人/月").replace("年/人", "人/年");
}

/** A standard stated after what it is per: "每人每月 0.01 万元", "每年 480 元". */
const EACH_STANDARD = new RegExp(String.raw`每[^\d，,；;。]{0,12}?(每月|每年|月|年)\s*(${DIGITS})\s*(万元|元)`);

/** "110 元/人/月", "300 元/月/人", "110 元/人·月", "110 元/人.月", "678 元/人". */
const STANDARD = new RegExp(String.raw`(${DIGITS})\s*元\s*[/／]\s*(人\s*[/／·•.．]\s*月|人\s*[/／·•.．]\s*年|月\s*[/／·•.．]\s*人|年\s*[/／·•.．]\s*人|人)`);
/** The same with the words written out after the figure: "1000 元每人每月", "678 元每人". */
const STANDARD_IN_WORDS = new RegExp(String.raw`(${DIGITS})\s*元\s*每人(?:每(月|年))?`);

/** What a per-person standard is per, from the word after 每人 / 人均 ("月", "年", or none). */
function perPerson(period: string | undefined): string {
  return period === "月" ? "人/月" : period === "年" ? "人/年" : "人";
}

interface StatedStandard {
  yuan: string;
  per: string;
  /** Where it stands in the text. */
  index: number;
}

/** A per-person standard in 元 written after its figure ("110 元/人/月", "1000 元每人每月"). */
function standardAfterFigure(text: string): StatedStandard | undefined {
  const direct = text.match(STANDARD);
  if (direct) return { yuan: normalizeFigure(direct[1]), per: normalizePer(direct[2]), index: direct.index! };
  const words = text.match(STANDARD_IN_WORDS);
  if (words) return { yuan: normalizeFigure(words[1]), per: perPerson(words[2]), index: words.index! };
  return undefined;
}

/** A per-person standard in 元 written before its figure: "人均 110 元", "每人每月 110 元". */
const PER_PERSON_STANDARD = new RegExp(String.raw`(?:人均|每人)(?:每?(月|年))?\s*(${DIGITS})\s*元(?![/／])`);
/** A multiplication sign, as printed: "×", "*", "＊", "x", "X". */
const TIMES = "[×*＊xX]";
/** A per-person standard written as a product with the persons: "175 人 × 110 元 × 12 个月", "175 人*110 元*12 月". */
const PRODUCT_STANDARD = new RegExp(String.raw`[人名]\s*${TIMES}\s*(${DIGITS})\s*元(?![/／])`);

/**
 * A per-person standard in 元 within a clause that also counts the persons ("175 人，110 元/人",
 * "175 人，人均 110 元"); "每年 480 元" alone may be per anything, and is taken only from 补贴标准.
 */
function clauseStandard(text: string): StatedStandard | undefined {
  const after = standardAfterFigure(text);
  if (after) return after;
  const before = text.match(PER_PERSON_STANDARD);
  if (before) return { yuan: normalizeFigure(before[2]), per: perPerson(before[1]), index: before.index! };
  const product = text.match(PRODUCT_STANDARD);
  if (product) return { yuan: normalizeFigure(product[1]), per: "人", index: product.index! + 1 };
  return undefined;
}

/** A per-person standard in 元: "110 元/人/月", "1000 元每人每月", "每人每月 0.01 万元", "每年 480 元". */
function parseStandard(text: string): StatedStandard | undefined {
  const after = standardAfterFigure(text);
  if (after) return after;
  const each = text.match(EACH_STANDARD);
  if (each) {
    const yuan = convertUnit(new Decimal(normalizeFigure(each[2])), each[3] as MoneyUnit, "元");
    return { yuan: yuan.toFixed(), per: /月/.test(each[1]) ? "人/月" : "人/年", index: each.index! };
  }
  return undefined;
}

/**
 * "175 人", "6名", "3 个保安", "3 名保安" (before a comma, a space, a multiplication sign, a figure or the end);
 * not a span of time ("满 6 个月的", "3 个工作日").
 */
const PERSONS = new RegExp(String.raw`(\d+)\s*(?:人|名[^\d，,。；]{0,6}?|个(?!月|季度|工作日|小时)[^\d，,。；]{0,6}?)(?=[，,\s]|${TIMES}|\d|$)`);

/** A count of persons in a structured field or clause: "6 人", "12名". */
const PERSON_COUNT = /(\d+)\s*(?:人|名)/;

/** The months a subsidy is paid for, said so: "发放 14 个月", "按 14 个月发放", "共 14 个月", "×12 个月", "× 12 月". */
const PAID_MONTHS = new RegExp(String.raw`(?:发放|按|共|全年|${TIMES})\s*(\d{1,2})\s*个?月`);
/** …or only "12 个月". */
const MONTHS = /(\d{1,2})\s*个月/g;
/** A span of months that is a condition, not the months paid: "工作满 6 个月", "超过 3 个月", "6 个月以上". */
const MONTHS_CONDITION_BEFORE = /(?:满|超过|不足|未满|不少于|不超过)\s*$/;
const MONTHS_CONDITION_AFTER = /^(?:以上|以下|以内|及以上|后|内)/;

function statedMonths(text: string): number | undefined {
  const paid = text.match(PAID_MONTHS);
  if (paid) return Number(paid[1]);
  for (const months of text.matchAll(MONTHS)) {
    const at = months.index!;
    if (MONTHS_CONDITION_BEFORE.test(text.slice(Math.max(0, at - 4), at)) || MONTHS_CONDITION_AFTER.test(text.slice(at + months[0].length))) continue;
    return Number(months[1]);
  }
  return undefined;
}

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
  let totalInYuan = false;
  let lastItemAt = -1;
  // A rate in 元 ("1000 元/人/月", persons × standard: subsidy-total's), or one whose units are not told.
  let rate = /[/／]/.test(text);
  let breakdown = false;
  let since = 0;
  for (const match of text.matchAll(MONEY)) {
    const inYuan = match[2] === "元";
    const figure = money === "元" && !inYuan ? convertUnit(new Decimal(normalizeFigure(match[1])), "万元", "元").toFixed() : normalizeFigure(match[1]);
    const at = match.index!;
    const end = at + match[0].length;
    const span = text.slice(since, at);
    since = end;
    const before = text.slice(Math.max(0, at - 6), at).match(TOTAL_BEFORE)?.[1];
    if (before === "小计") continue;
    if (before !== undefined) {
      if (total === undefined) [total, totalAt, totalInYuan] = [figure, at, inYuan && money === "万元"];
      continue;
    }
    // "其中 / 含 / 包括" after an amount: what follows breaks that amount down.
    if (lastItemAt >= 0 && /其中|含|包括/.test(span)) breakdown = true;
    lastItemAt = at;
    const times = text.slice(end, end + 12).match(TIMES_AFTER);
    // "每人 110 元", "每个网格 0.5 万元", "人均 110 元": a rate.
    const each = Math.max(span.lastIndexOf("每"), span.lastIndexOf("人均"));
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
  if (totalInYuan) allocation.total_in_yuan = true;
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
const STATED_TOTAL = byUnit((amount) => String.raw`(?:共计|合计|总计|共|[=＝])\s*${amount}`);

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
      const standard = clauseStandard(clause);
      const persons = clause.match(PERSONS);
      if (!standard || !persons || persons.index! > standard.index) continue;
      const months = statedMonths(clause);
      const amount = clause.match(STATED_TOTAL[money]);
      const per = standard.per;
      const subsidy: Subsidy = {
        project: projectName,
        persons: Number(persons[1]),
        standard_yuan: standard.yuan,
        per,
        months: months ?? (per === "人/年" ? 1 : 12),
        months_stated: months !== undefined || per === "人/年",
        amount: amount ? normalizeFigure(amount[1]) : "",
        text: clause.trim().replace(/[。，,]$/, ""),
      };
      found.push(subsidy);
    }
    if (found.length === 0) {
      // The structured fields: 补贴人数 and 补贴标准 ("每人每月 0.01 万元", "每年 480 元", "260 元/人").
      const personsField = field("补贴人数") ?? field("补助人数");
      const standardField = field("补贴标准") ?? field("补助标准");
      const standard = parseStandard(standardField ?? allocation);
      if (standard) {
        const persons = (personsField ?? allocation).match(PERSON_COUNT)?.[1];
        const months = statedMonths(allocation);
        const personsClause = allocation.split(/[；;]/).find((c) => PERSON_COUNT.test(c)) ?? "";
        // The amount the allocation gives those persons: the total it states, or else its first
        // amount that is no rate ("6名人大代表履职补助 0.29 元", not "每人 100 元" nor "1000 元/人/月").
        // (In a narrative in 万元 an amount in 元 is taken too: "0.29 元" is a slip figure-format reports.)
        const total = personsClause.match(STATED_TOTAL[money]);
        const paid =
          total ??
          [...personsClause.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/g)].find(
            (m) =>
              (money === "万元" || m[2] === "元") &&
              !/每[^，,；;。\d]{0,12}$/.test(personsClause.slice(Math.max(0, m.index! - 14), m.index!)) &&
              !/^\s*(?:[/／*＊×]|每人)/.test(personsClause.slice(m.index! + m[0].length)),
          );
        found.push({
          project: projectName,
          persons: persons === undefined ? (null as unknown as number) : Number(persons),
          standard_yuan: standard.yuan,
          per: standard.per,
          months: months ?? (standard.per === "人/年" ? 1 : standard.per === "人/月" ? 12 : (null as unknown as number)),
          months_stated: months !== undefined || standard.per === "人/年" || /每年/.test(allocation),
          amount: paid ? normalizeFigure(paid[1]) : "",
          text: [allocation, personsField && `补贴人数：${personsField}`, standardField && `补贴标准：${standardField}`]
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
