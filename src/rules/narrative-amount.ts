/**
 * narrative-amount: an amount the narrative states for a table figure (in a claim, or on its own)
 * equals that figure — income lines (表1), 财政拨款收入/支出 (表1, 表4), 一般公共预算支出 (表5, 表4),
 * 基本/项目支出 (表3, 表5), 人员经费 and 公用经费 (表6), classes and items (表5, 表3), "三公" 经费
 * (表10), 机关运行经费 (表6 公用经费), government-fund and state-capital spending (表8, 表9), 上年结转
 * (表1, 表11). A part listed under a classification row's amount ("住房保障支出 104.33 万元，其中：基本支出 …")
 * is that row's: its 基本/项目支出 are the row's columns. In a section on one budget (its title:
 * "五、…一般公共预算当年拨款情况说明", "三、…支出预算情况说明") a class, an item, 基本支出 and 项目支出 are
 * that budget's table's (表5, 表3, 表8, 表9), where it has them.
 */
import { Decimal } from "../amount";
import { FUNCTION_CODES } from "../catalogue/codes";
import { CODE_LENGTH, subjectLevels, type SubjectLevels } from "../reader/subject-levels";
import type { Claim, ColumnTable, Reading, StatedAmount, TableId } from "../reader/types";
import { threePublicKeyOfSubject } from "../reader/table-specs";
import { plainSubject } from "../reader/narrative-claims";
import { compact } from "../reader/text-lines";
import { decimalsOf, roundingTolerance } from "./difference";
import { comparePlaces, inNarrativeUnit, narrativePlaces, narrativeUnit } from "./narrative-money";
import { columnTable, expenseTotal, incomeExpenseTable, keyedRow, rowByCode, rowsOf, tableUnit } from "./tables";
import type { Finding, Rule } from "./types";
import { sectionName } from "./labels";

const meta = {
  id: "narrative-amount",
  kind: "narrative",
  severity: "error",
  description: { zh: "说明中的金额等于表中对应的数字", en: "an amount stated in the narrative equals its table figure" },
} as const;

interface Figure {
  table: TableId;
  where: string;
  value: string | undefined;
  /** The row's code, where the figure is a classification row's. */
  code?: string;
  /** The code the subject prints where no table has it: the row was found by its name instead. */
  misprintedCode?: string;
  /** The budget the section speaks of, where the figure is its table's… */
  budget?: SectionBudget;
  /** …and the same row's figures in the tables of other money (表3's, in a section on 一般公共预算). */
  outside?: Figure[];
}

interface SectionBudget {
  table: TableId;
  name: string;
}

/** The budget a section's title speaks of, by the table that lists its spending. */
const FUND_TABLES: [RegExp, TableId, string][] = [
  [/一般公共预算/, "5", "一般公共预算"],
  [/政府性基金/, "8", "政府性基金预算"],
  [/国有资本经营/, "9", "国有资本经营预算"],
];
/** A section on the whole budget's spending ("三、关于…支出预算情况说明"): 表3. */
const WHOLE_SPENDING: [RegExp, TableId, string] = [/支出预算/, "3", "全部资金的支出预算"];

/**
 * The budget the section's title, or else its parent section's, speaks of, and its table
 * ("五、关于…一般公共预算当年拨款情况说明": 表5; "三、关于…支出预算情况说明": 表3); none where the
 * title names more than one, or neither title names any.
 */
function sectionBudget(reading: Reading, section: string): SectionBudget | undefined {
  const titles = reading.section_titles;
  if (!titles) return undefined;
  for (const key of new Set([section, section.replace(/\(.*\)$/, "")])) {
    const title = titles[key];
    if (title === undefined) continue;
    const named = FUND_TABLES.filter(([pattern]) => pattern.test(title));
    if (named.length > 1) return undefined;
    const [, table, name] = named[0] ?? (WHOLE_SPENDING[0].test(title) ? WHOLE_SPENDING : []);
    if (table !== undefined) return { table, name };
  }
  return undefined;
}

/**
 * Of the figures that may hold an amount, those of the table of the budget its section speaks of,
 * where that table has one (each noting the others); all of them otherwise.
 */
function withinSection(reading: Reading, section: string, figures: Figure[]): Figure[] {
  const budget = sectionBudget(reading, section);
  const own = figures.filter((f) => f.table === budget?.table);
  if (own.length === 0 || own.length === figures.length) return figures;
  return own.map((f) => ({ ...f, budget, outside: figures.filter((c) => c.table !== budget!.table) }));
}

/** The figure's table prints another unit than the narrative's (元 where the narrative speaks of 万元). */
function converted(reading: Reading, figure: Figure): boolean {
  const unit = tableUnit(reading, figure.table);
  return unit !== undefined && unit !== narrativeUnit(reading);
}

/** A table figure in the narrative's unit. */
function inNarrative(reading: Reading, figure: Figure): Decimal | undefined {
  return figure.value === undefined ? undefined : inNarrativeUnit(reading, figure.value, tableUnit(reading, figure.table));
}

/** 表1's income lines a subject names (any of them may hold the amount: "一般公共预算" lists own income apart from transfers in one template, all of it in another). */
const INCOME_SUBJECTS: [RegExp, string[]][] = [
  [/^上级一般公共预算.*转移支付/, ["general_transfer"]],
  [/^上级政府性基金.*转移支付/, ["fund_transfer"]],
  [/^上级国有资本经营.*转移支付/, ["soe_transfer"]],
  [/^一般公共预算(?:财政)?(?:拨款)?(?:收入)?$/, ["general_own", "general_budget"]],
  [/^政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:收入)?$/, ["fund_own", "fund_budget"]],
  [/^国有资本经营预算(?:财政)?(?:拨款)?(?:收入)?$/, ["soe_own", "soe_budget"]],
  [/^单位资金(?:收入)?$/, ["unit_funds"]],
  [/^财政专户(?:管理资金|核拨)(?:收入)?$/, ["special_account"]],
  [/^事业收入$/, ["business_income"]],
  [/^事业单位经营收入$/, ["operating_income"]],
  [/^上级补助收入$/, ["superior_subsidy"]],
  [/^附属单位上缴收入$/, ["affiliated_income"]],
  [/^其他收入$/, ["other_income"]],
  [/^(?:上年)?财政拨款结转(?:资金)?(?:收入)?$/, ["fiscal_carryover"]],
];

/** The whole budget's income and spending: "收入预算", "收入预算总额", "预算总收入"; "支出预算", "总支出". */
const INCOME_TOTAL = /^(?:(?:本年)?收入预算(?:总额|总计|合计)?|收入总(?:计|预算|额)|(?:预算)?总收入(?:预算)?)$/;
const EXPENSE_TOTAL = /^(?:(?:本年)?支出预算(?:总额|总计|合计)?|支出总(?:计|预算|额)|(?:预算)?总支出(?:预算)?)$/;

/** The subject without the unit's own name or 本单位/本部门 before it ("阿图什市幸福街道办事处收入预算" → "收入预算"). */
function withoutOwnName(reading: Reading, subject: string): string {
  const own = reading.unit ? compact(reading.unit) : "";
  const rest = own && subject.startsWith(own) ? subject.slice(own.length) : subject.replace(/^(?:本|我)(?:单位|部门)/, "");
  return rest.replace(/^\d{4}年度?/, "");
}

/** A table's total row as the figure to compare with, or 0 where the table is shown empty (空表). */
function totalFigure(reading: Reading, id: TableId, where: string): Figure[] {
  if (reading.tables[id]?.status === "empty") return [{ table: id, where: "（空表）", value: "0" }];
  const total = columnTable(reading, id)?.total_row?.total;
  return total !== undefined ? [{ table: id, where, value: total }] : [];
}

/** 上年结转结余 as the narrative names it: "上年结转", "上年结转结余资金", "使用上年结转结余", "上年结转结余预算共计". */
export const CARRYOVER = /^(?:使用)?上年结转(?:结余)?(?:资金)?(?:预算)?(?:共计|合计|总计)?$/;

/** 基本支出 or 项目支出 as a subject names them (not an item named 项目支出, "…（项）"): their column in 表3 and 表5. */
function spendingPart(subject: string): "basic" | "project" | undefined {
  if (/基本支出(?:预算)?$/.test(subject)) return "basic";
  if (/项目支出(?:预算)?$/.test(subject) && !/[（(]项[）)]/.test(subject)) return "project";
  return undefined;
}
const SPENDING_PART_NAME = { basic: "基本支出", project: "项目支出" } as const;

/** Where the claimed amount should stand in the tables (any of them may hold it). */
function figuresFor(reading: Reading, claim: Claim | StatedAmount): Figure[] {
  const subject = plainSubject(claim.subject);
  const whole = claim.part_of !== undefined ? plainSubject(claim.part_of) : undefined;
  // A part of a classification row's amount ("住房保障支出 104.33 万元，其中：基本支出 104.33 万元，项目支出 0 万元")
  // is that row's, not the budget's: its 基本/项目支出 are the row's columns; a row it names itself is
  // read as any other; nothing else of the row's is in the tables.
  const row = whole !== undefined ? subjectLevels(whole) : undefined;
  if (row && !subjectLevels(subject)) {
    const part = spendingPart(subject);
    return part ? rowFigures(reading, row, part, claim.section) : [];
  }
  const t1 = incomeExpenseTable(reading, "1");
  for (const [pattern, keys] of INCOME_SUBJECTS) {
    if (pattern.test(subject) && t1) {
      // Where spending is parted by its sources ("项目支出 247.85 万元，其中：一般公共预算 241.97 万元"), a
      // source's share of that spending is in no table.
      if (whole !== undefined && /支出|经费|费$/.test(whole)) return [];
      return t1.income.filter((l) => keys.includes(l.key)).map((line) => ({ table: "1", where: line.label, value: line.amount ?? "0" }));
    }
  }
  const own = withoutOwnName(reading, subject);
  if (INCOME_TOTAL.test(own)) {
    const current = t1?.income.find((l) => l.key === "current_income");
    return [
      { table: "1" as const, where: "收入总计", value: t1?.income_total },
      { table: "1" as const, where: current?.label ?? "", value: current?.amount },
      { table: "2" as const, where: "合计", value: columnTable(reading, "2")?.total_row?.total },
    ].filter((f) => f.value !== undefined);
  }
  if (EXPENSE_TOTAL.test(own)) {
    return [
      { table: "1" as const, where: "支出总计", value: expenseTotal(t1) },
      { table: "3" as const, where: "合计", value: columnTable(reading, "3")?.total_row?.total },
    ].filter((f) => f.value !== undefined);
  }
  // Fiscal income and spending as a whole, and general-budget spending (the Shanghai narrative's
  // "财政拨款收入…", "财政拨款支出预算…", "一般公共预算拨款支出预算…").
  const t4 = incomeExpenseTable(reading, "4");
  if (/^财政拨款收入(预算)?$/.test(subject)) {
    const lines = [
      { table: "1" as const, line: t1?.income.find((l) => l.key === "fiscal_income") },
      { table: "4" as const, line: t4?.income.find((l) => l.key === "fiscal_total") },
    ];
    return lines.filter((l) => l.line !== undefined).map(({ table, line }) => ({ table, where: line!.label, value: line!.amount ?? "0" }));
  }
  if (/^财政拨款支出(预算)?$/.test(subject)) {
    const total = expenseTotal(t4);
    return total !== undefined ? [{ table: "4", where: "支出总计", value: total }] : [];
  }
  if (/^一般公共预算(拨款)?支出(预算)?$/.test(subject)) {
    const general = typeof t4?.expense_total === "object" ? t4.expense_total.general : undefined;
    return [
      { table: "5" as const, where: "合计", value: columnTable(reading, "5")?.total_row?.total },
      { table: "4" as const, where: "支出总计 一般公共预算", value: general },
    ].filter((f) => f.value !== undefined);
  }
  const column = spendingPart(subject);
  if (column) {
    const totals = (["3", "5"] as const)
      .map((id) => ({ table: id, where: `合计 ${SPENDING_PART_NAME[column]}`, value: columnTable(reading, id)?.total_row?.[column] }))
      .filter((f) => f.value !== undefined);
    return withinSection(reading, claim.section, totals);
  }
  const key = threePublicKeyOfSubject(subject);
  if (key) {
    const t10 = reading.tables["10"];
    if (!t10) return [];
    if (t10.status === "empty") return [{ table: "10", where: "（空表）", value: "0" }];
    const row = t10.status === "present" ? keyedRow(t10 as ColumnTable, key) : undefined;
    return row ? [{ table: "10", where: row.label, value: row.total ?? "0" }] : [];
  }
  for (const [pattern, id] of [[/^政府性基金(预算)?(支出|拨款)/, "8"], [/^国有资本经营预算(支出|拨款)/, "9"]] as const) {
    if (pattern.test(subject)) return totalFigure(reading, id, "合计");
  }
  // The parts of 上年结转结余 its sentence lists ("包括：财政拨款 3.00 万元，非财政拨款 0.00 万元"): 表1's lines.
  if (whole !== undefined && CARRYOVER.test(whole)) {
    const key = /^(?:包括[:：]?)?非财政拨款/.test(subject) ? "nonfiscal_carryover" : /^(?:包括[:：]?)?财政拨款/.test(subject) ? "fiscal_carryover" : undefined;
    const line = key ? t1?.income.find((l) => l.key === key) : undefined;
    return line ? [{ table: "1", where: line.label, value: line.amount ?? "0" }] : [];
  }
  // 上年结转（结余）: 表1's line and 表11's 总计.
  if (CARRYOVER.test(subject)) {
    const line = t1?.income.find((l) => l.key === "carryover");
    return [...(line ? [{ table: "1" as const, where: line.label, value: line.amount ?? "0" }] : []), ...totalFigure(reading, "11", "总计")];
  }
  // The basic spending's two parts: 表6's 合计 人员经费 and 公用经费.
  const part = /^(?:其中[:：]?)?(?:用于)?(?:日常)?(人员经费|公用经费)(?:预算|支出)?$/.exec(subject)?.[1];
  if (part) {
    const total = columnTable(reading, "6")?.total_row?.[part === "人员经费" ? "personnel" : "public"];
    return total !== undefined ? [{ table: "6", where: `合计 ${part}`, value: total }] : [];
  }
  if (/运行经费/.test(subject)) {
    // Where 表10 prints 机关运行经费 itself (the Shanghai layout), that is the figure: a 部门's 公用经费
    // also covers units outside 机关运行经费 (事业单位 not run as 机关).
    const t10 = columnTable(reading, "10");
    const own = t10 && keyedRow(t10, "office_operation");
    if (own?.total !== undefined) return [{ table: "10", where: own.label, value: own.total }];
    const t6 = columnTable(reading, "6");
    return t6?.total_row?.public !== undefined ? [{ table: "6", where: "合计 公用经费", value: t6.total_row.public }] : [];
  }
  // Items and classes: "…（类）…（款）…（项）", "2010301 行政运行" and the like name a row; the amount is that row's total.
  const named = subjectLevels(subject);
  return named ? rowFigures(reading, named, "total", claim.section) : [];
}

/**
 * The row of 表5, 表3, 表8 or 表9 (each where it has exactly one) the subject names, and its figure in
 * `column`; only the table of the budget the section speaks of where that table has the row (a class
 * in "五、…一般公共预算当年拨款情况" is 表5's, not 表3's, which counts every source of money).
 */
function rowFigures(reading: Reading, named: SubjectLevels, column: "total" | "basic" | "project", section: string): Figure[] {
  const { levels, code } = named;
  const last = levels[levels.length - 1];
  const length = CODE_LENGTH[last.level];
  const classPart = levels.find((l) => l.level === "类");
  // A code printed names its row, whatever the name (a name may be abridged); where no table has
  // that code, the name does (the code is then misprinted, which the check says).
  const byCode = code !== undefined && (["5", "3", "8", "9"] as const).some((id) => rowByCode(columnTable(reading, id), code) !== undefined);
  const candidates: Figure[] = [];
  for (const id of ["5", "3", "8", "9"] as const) {
    const table = columnTable(reading, id);
    if (!table || (column !== "total" && !table.columns.includes(column))) continue;
    const matches = rowsOf(table).filter((r) => {
      if (!r.code || r.code.length !== length || !r.name) return false;
      if (byCode) return r.code === code;
      const name = r.name;
      const sameName = name === last.name || name.startsWith(last.name) || last.name.startsWith(name) || `${last.name}支出` === name;
      if (!sameName) return false;
      // The class the subject names, where it names one, must be the row's class.
      if (classPart && length > 3) {
        const className = FUNCTION_CODES[r.code.slice(0, 3)] ?? "";
        if (!className.startsWith(classPart.name) && !classPart.name.startsWith(className.replace(/支出$/, ""))) return false;
      }
      return true;
    });
    if (matches.length === 1) {
      const [row] = matches;
      const where = `${row.code} ${row.name}${column === "total" ? "" : ` ${SPENDING_PART_NAME[column]}`}`;
      // A part's blank cell in a row that prints figures is 0.
      const value = column === "total" ? row.total : (row[column] ?? (row.total !== undefined ? "0" : undefined));
      const figure: Figure = { table: id, where, value, code: row.code };
      // (The misprint is the row's subject's, and said once, for it: not again for each of its parts.)
      if (code !== undefined && !byCode && column === "total") figure.misprintedCode = code;
      candidates.push(figure);
    }
  }
  return withinSection(reading, section, candidates);
}

/** The table figures (in the narrative's unit) an amount the narrative states for `claim` should equal; none where it names no table figure. */
export function tableAmountsFor(reading: Reading, claim: Claim): Decimal[] {
  return figuresFor(reading, claim)
    .filter((f) => f.value !== undefined)
    .map((f) => inNarrative(reading, f)!);
}

/** A code the subject prints that no table has, where the row its name names has another ("代表工作（2010104）", 表5 2010108 代表工作). */
function misprintedCode(reading: Reading, claim: Claim | StatedAmount, figures: Figure[]): Finding | undefined {
  const row = figures.find((f) => f.misprintedCode !== undefined);
  if (!row) return undefined;
  const printed = row.misprintedCode;
  return {
    rule: meta.id,
    kind: meta.kind,
    severity: "warning",
    section: claim.section,
    row: claim.subject,
    column: "subject",
    code: row.code,
    claimed: printed,
    computed: row.code,
    message: `${sectionName(reading, claim.section)}：${claim.subject} 所印科目编码 ${printed} 不在表中，同名科目为表${row.table} ${row.where}`,
    message_en: `${claim.subject}: the narrative prints code ${printed}, which no table has; the row of that name is 表${row.table} ${row.where}`,
  };
}

export const narrativeAmount: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    const unit = narrativeUnit(reading);
    // The claims, and the amounts stated with no share or change ("其中：因公出国（境）费 0.50 万元");
    // a passage the text prints twice is checked once.
    const checked = new Set<string>();
    for (const claim of [...reading.claims, ...(reading.stated_amounts ?? [])]) {
      if (claim.section === "第一部分") continue;
      const key = `${claim.section}\u0000${claim.subject}\u0000${claim.amount}`;
      if (checked.has(key)) continue;
      checked.add(key);
      const figures = figuresFor(reading, claim).filter((f) => f.value !== undefined);
      if (figures.length === 0) continue;
      const misprinted = misprintedCode(reading, claim, figures);
      if (misprinted) findings.push(misprinted);
      const places = narrativePlaces(reading, [claim.amount]);
      // The figure printed digit for digit (same unit, no more decimals than compared): nothing to compute.
      if (decimalsOf(claim.amount) <= places && figures.some((f) => f.value === claim.amount && !converted(reading, f))) continue;
      const amount = new Decimal(claim.amount);
      const values = figures.map((f) => inNarrative(reading, f)!);
      if (values.some((v) => v.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).eq(amount))) continue;
      // The figure of the row in a table of other money than the section speaks of, where that is the amount printed.
      const other = figures[0].outside?.find((f) => f.value !== undefined && inNarrative(reading, f)!.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).eq(amount));
      const budget = figures[0].budget;
      const nearest = values.reduce((best, v, i) => (v.minus(amount).abs().lt(values[best].minus(amount).abs()) ? i : best), 0);
      const difference = amount.minus(values[nearest]);
      const withinRounding = difference.abs().lte(roundingTolerance(1, comparePlaces(reading, places, tableUnit(reading, figures[nearest].table))));
      // Cut off instead of rounded (877,080 元 as 87.70 万元, not 87.71): a slip of the rounding, not of the amount.
      const truncated = !withinRounding && values[nearest].toDecimalPlaces(places, Decimal.ROUND_DOWN).eq(amount);
      const rounding = withinRounding || truncated;
      const computed = values[nearest].toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
      findings.push({
        rule: meta.id,
        kind: meta.kind,
        severity: rounding ? "rounding" : "error",
        section: claim.section,
        row: claim.subject,
        claimed: claim.amount,
        computed,
        message:
          `${sectionName(reading, claim.section)}：${claim.subject} ${claim.amount} ${unit}，表${figures[nearest].table} ${figures[nearest].where}为 ${computed} ${unit}` +
          (truncated ? `（说明把 ${values[nearest].toFixed()} ${unit}截尾为 ${claim.amount}，未四舍五入）` : "") +
          (other && budget ? `（${claim.amount} ${unit}是表${other.table} ${other.where}的数，本节说明的是${budget.name}，应为表${budget.table} 的数）` : ""),
        message_en:
          `${claim.subject}: the narrative says ${claim.amount}, 表${figures[nearest].table} prints ${values[nearest].toFixed(places)}` +
          (truncated ? ` (the narrative cut ${values[nearest].toFixed()} off to ${claim.amount} instead of rounding it)` : "") +
          (other && budget ? ` (${claim.amount} is 表${other.table}'s figure; the section is about ${budget.name}, whose figures are 表${budget.table}'s)` : ""),
      });
    }
    return findings;
  },
};
