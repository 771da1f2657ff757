/**
 * 项目支出绩效目标表 (performance-target tables, 第三部分 预算绩效情况): for each, the project, its budget
 * (项目资金 年度预算总额) and the amounts its text writes in 元 — where a table says "本项目共投资 0.4 元"
 * of a 0.40 万元 project, the unit has slipped.
 *
 * These tables come as loose cells (labels wrap a character or two per line), so a table is the text
 * from one 项目名称 to the next, read without white space.
 */
import type { TextLine } from "./text-lines";
import { byUnit, DIGITS } from "./narrative-amounts";
import { narrativeSentences, sectionsOf } from "./narrative-sentences";
import { normalizeFigure } from "./table-body";
import { Decimal, decimalsOf, type MoneyUnit } from "../amount";
import type { OverallTargetTable, PerformanceStatement, PerformanceTarget } from "./types";

const FIGURE = `(${DIGITS})`;
const BUDGET = new RegExp(String.raw`年度预算总额[:：]?` + FIGURE);
/** Right after the budget, what it is of: "其中：财政拨款 0.72 其他资金 0.00", "其中:财政资金 20 其他资金: 0". */
const FUNDS = new RegExp(String.raw`^其中[:：]?财政(?:拨款|资金)[:：]?` + FIGURE + String.raw`(?:其他资金[:：]?` + FIGURE + ")?");
/** An amount in 元 — not 万元, not a rate (元/人, 元/月). */
const YUAN = new RegExp(String.raw`(?<![\d.,])` + FIGURE + String.raw`元(?![/／每])`, "g");

/** An amount per unit in each unit of money: "1 万元/社区", "5万元每社区"; "300 元/人" (not "3 万元/人"). */
const PER_UNIT: Record<MoneyUnit, RegExp> = {
  万元: new RegExp(FIGURE + String.raw`万元[/／每]([\u4e00-\u9fa5]{1,4}?)(?=[，,。；;、等]|$)`, "g"),
  元: new RegExp(FIGURE + String.raw`(?<!万)元[/／每]([\u4e00-\u9fa5]{1,4}?)(?=[，,。；;、等]|$)`, "g"),
};

/**
 * "1 万元/社区 … 5万元/社区" and "11 个社区": amounts per unit in the table's unit of money, by unit,
 * with the largest count of it named.
 */
function perUnitAmounts(text: string, money: MoneyUnit): NonNullable<PerformanceTarget["per_unit"]> {
  const byUnit = new Map<string, string[]>();
  for (const match of text.matchAll(PER_UNIT[money])) {
    const amounts = byUnit.get(match[2]) ?? [];
    amounts.push(normalizeFigure(match[1]));
    byUnit.set(match[2], amounts);
  }
  return [...byUnit].map(([per, amounts]) => {
    const counts = [...text.matchAll(new RegExp(String.raw`(?<![\d.])(\d+)个?${per}`, "g"))].map((m) => Number(m[1]));
    return counts.length > 0 ? { per, amounts, count: Math.max(...counts) } : { per, amounts };
  });
}

export function readPerformanceTargets(lines: TextLine[]): PerformanceTarget[] {
  const targets: PerformanceTarget[] = [];
  const sections = sectionsOf(lines);
  let current: { section: string; project: string; text: string } | undefined;
  const close = () => {
    if (!current) return;
    const text = current.text;
    const budget = text.match(BUDGET);
    if (budget) {
      const header = text.slice(0, budget.index);
      targets.push({
        section: current.section,
        project: current.project,
        budget: normalizeFigure(budget[1]),
        unit: /项目资金[（(]万元[)）]/.test(header) || !/[（(]元[)）]/.test(header) ? "万元" : "元",
        // The amounts after the budget (the goal and the indicators), as printed.
        yuan_amounts: [...text.slice(budget.index! + budget[0].length).matchAll(YUAN)].filter((m) => text[m.index! - 1] !== "万").map((m) => `${m[1]} 元`),
      });
      const target = targets[targets.length - 1];
      const funds = text.slice(budget.index! + budget[0].length).match(FUNDS);
      if (funds) {
        target.fiscal = normalizeFigure(funds[1]);
        if (funds[2] !== undefined) target.other = normalizeFigure(funds[2]);
      }
      const perUnit = perUnitAmounts(text.slice(budget.index! + budget[0].length), target.unit);
      if (perUnit.length > 0) target.per_unit = perUnit;
    }
    current = undefined;
  };
  for (const line of lines) {
    if (sections.enterPart(line.text)) {
      close();
      continue;
    }
    // Inside a table, lines that look like headings are its cells.
    if (!current && !sections.enterTitle(line.flat)) sections.enterHeading(line.text);
    const text = line.flat;
    const name = text.startsWith("项目名称") ? text.match(/^项目名称(.*)$/) : null;
    if (name && sections.part !== "二") {
      close();
      current = { section: sections.section, project: name[1].replace(/(项目负责人|主管部门|实施单位).*$/, ""), text: "" };
      continue;
    }
    if (current) current.text += text;
  }
  close();
  return targets;
}

/** The title of the unit's overall target table: "部门整体绩效目标表", "单位整体绩效目标表", "部门（单位）整体绩效目标表". */
const OVERALL_TABLE_TITLE = /整体(?:预算)?绩效目标(?:申报)?表$/;
/** Where its money table ends: the indicators' header, or another table. */
const OVERALL_TABLE_END = /^(?:一级指标|年度绩效指标|绩效指标|项目名称)/;
/** A source of its money: "上级安排 7.30", "本级安排 1,339.46", "其他 0.00" (after 其他资金), "财政拨款 X". */
const FUND_SOURCE = new RegExp(String.raw`(上级安排|本级安排|财政拨款|其他(?!资金))[:：]?` + FIGURE, "g");
/** The total it prints, right after its label: "资金总额（万元） 1,346.76" (the Xinjiang template prints none). */
const FUND_TOTAL = new RegExp(String.raw`资金总额(?:[（(]万?元[)）])?[:：]?` + FIGURE);

/** The unit's 整体绩效目标表: its 资金来源, read from its title to its indicators (cells come loose, so without white space). */
export function readOverallTargetTable(lines: TextLine[]): OverallTargetTable | undefined {
  const title = lines.findIndex((line) => line.flat.length <= 30 && line.flat.endsWith("表") && OVERALL_TABLE_TITLE.test(line.flat));
  if (title < 0) return undefined;
  let text = "";
  for (let j = title + 1; j < Math.min(lines.length, title + 80) && !OVERALL_TABLE_END.test(lines[j].flat); j++) text += lines[j].flat;
  // The money table follows the goal: 年度预算 / 年度金额 … 资金来源.
  const money = text.search(/资金来源|资金总额/);
  if (money < 0) return undefined;
  const header = text.slice(Math.max(0, money - 20));
  const found = [...header.matchAll(FUND_SOURCE)].map((m) => ({ name: m[1], amount: normalizeFigure(m[2]) }));
  // 上级安排 and 本级安排 are the 财政资金 in parts: a 财政拨款 figure beside them is their sum.
  const sources = found.some((s) => s.name.endsWith("安排")) ? found.filter((s) => s.name !== "财政拨款") : found;
  if (sources.length === 0) return undefined;
  const total = header.match(FUND_TOTAL);
  // The section it stands in: that of the sentence its title is in.
  const titleText = lines[title].flat;
  const section = narrativeSentences(lines).find((s) => s.flat.includes(titleText))?.section ?? "";
  return {
    section,
    sources,
    ...(total ? { total: normalizeFigure(total[1]) } : {}),
    unit: /[（(]元[)）]/.test(header) && !/万元/.test(header) ? "元" : "万元",
  };
}

/**
 * This year's projects of a kind and their amount: "当年财政拨款项目 15 个（or 15 项），涉及金额 1235.53 万元",
 * "纳入绩效目标管理的项目 14 个，涉及一般公共预算当年财政拨款 785.53 万元".
 */
const statedProjects = (kind: string) => byUnit((amount) => `${kind}(\\d+)[个项](?:[（(][^）)]*[）)])?[，,]?(?:共)?涉及(?:(?:预算)?(?:金额|资金)(?:数)?|[^\\d，,；;。]{0,16}?)${amount}`);
/** The year's projects under performance management, as the Xinjiang template or other texts say it. */
const FISCAL_KIND = "(?:当年财政拨款项目|(?:纳入|实行|实施)(?:预算)?绩效(?:目标)?管理的?项目(?:共|数)?)";
const FISCAL_PROJECTS = statedProjects(FISCAL_KIND);
const FISCAL_PROJECT_COUNT = new RegExp(`${FISCAL_KIND}\\d+[个项]`);
const NONFISCAL_PROJECTS = statedProjects("当年非财政拨款项目");
/** The unit's overall target: "整体预算绩效目标 1 个，涉及金额 1,346.76 万元", "部门整体绩效目标 1 个，涉及资金 X 万元". */
const OVERALL_TARGET = byUnit((amount) => `整体(?:预算)?绩效目标(\\d+)[个项][，,]?(?:共)?涉及(?:预算)?(?:金额|资金)(?:数)?(?:为)?${amount}`);
/** Projects whose tables are withheld: "项目 2 个，涉及金额 4.30 万元，…不予公开". */
const WITHHELD_PROJECTS = byUnit((amount) => `项目(\\d+)[个项][，,]?涉及(?:预算)?金额(?:数)?${amount}`);

/** "当年财政拨款项目 14 个，涉及预算金额 785.53 万元；当年非财政拨款项目 1 个，涉及预算金额 450.00 万元" and
 *  the sentences withholding tables ("…项目 2 个，涉及金额 4.30 万元，项目绩效目标表完全不予公开"):
 *  amounts in `money`, the narrative's unit. */
export function readPerformanceStatement(lines: TextLine[], money: MoneyUnit = "万元"): PerformanceStatement | undefined {
  const sentences = narrativeSentences(lines);
  const text = (i: number) => sentences[i].flat;
  const projects = (pattern: Record<MoneyUnit, RegExp>, from: number) => {
    for (let i = from; i < Math.min(sentences.length, from + 3); i++) {
      const match = text(i).match(pattern[money]);
      if (match) return { projects: Number(match[1]), amount: normalizeFigure(match[2]) };
    }
    return undefined;
  };
  const at = sentences.findIndex((s) => FISCAL_PROJECT_COUNT.test(s.flat));
  if (at < 0) return undefined;
  const fiscal = projects(FISCAL_PROJECTS, at);
  if (!fiscal) return undefined;
  const other = projects(NONFISCAL_PROJECTS, at);
  const withheld: PerformanceStatement["withheld"] = [];
  for (const sentence of sentences) {
    const clauses = sentence.flat.split(/[；;。]/);
    for (const clause of clauses) {
      if (!/不予公开|不公开/.test(clause)) continue;
      const match = clause.match(WITHHELD_PROJECTS[money]);
      if (match) withheld.push({ projects: Number(match[1]), amount: normalizeFigure(match[2]), text: clause });
    }
  }
  // The overall target is stated just before the projects, in their sentence or the one before.
  const overall = [at, at - 1].filter((i) => i >= 0 && sentences[i].section === sentences[at].section).map((i) => text(i).match(OVERALL_TARGET[money])).find(Boolean);
  return {
    section: sentences[at].section,
    projects: fiscal.projects + (other?.projects ?? 0),
    // The sum at the places the two amounts are printed to (whole 元 stay whole).
    amount: other ? new Decimal(fiscal.amount).plus(other.amount).toFixed(Math.max(decimalsOf(fiscal.amount), decimalsOf(other.amount))) : fiscal.amount,
    withheld,
    ...(other ? { nonfiscal: other } : {}),
    ...(overall ? { overall: { targets: Number(overall[1]), amount: normalizeFigure(overall[2]) } } : {}),
    text: sentences[at].text,
  };
}
