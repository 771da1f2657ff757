/**
 * performance-targets: 预算绩效情况 says how many projects the year has and what they amount to, and
 * that their 项目支出绩效目标表 follow "按项目分别填报". The tables shown, with the projects whose tables
 * the text says are withheld (不予公开), must account for that count and amount. And a table whose
 * goal gives its costs per unit ("1 万元/社区 … 19 万元/社区" for 11 社区) must add up to its budget
 * read that way — not only as lump sums. The year's projects are 表3's project spending less what 表11
 * carries over to projects, and the overall target (整体预算绩效目标) covers the whole budget.
 */
import type { Reading } from "../reader/types";
import { convertUnit, Decimal, sum, type MoneyUnit } from "../amount";
import { roundingTolerance, sumOf } from "./difference";
import { columnTable, expenseTotal, incomeExpenseTable, projectRow, tableUnit } from "./tables";
import type { Finding, Rule } from "./types";
import { sectionName } from "./labels";
import { comparePlaces, inNarrativeUnit, narrativePlaces, narrativeUnit, placesIn } from "./narrative-money";

const meta = {
  id: "performance-targets",
  kind: "completeness",
  severity: "warning",
  description: {
    zh: "绩效目标表（加上说明不予公开的项目）与所述项目个数、金额相符，当年项目金额与表3、表11相符，整体目标覆盖全部预算",
    en: "the performance-target tables (with those stated as withheld) account for the projects stated, whose amount 表3 and 表11 bear out; the overall target covers the budget",
  },
} as const;

export const performanceTargets: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    return [...perUnitCosts(reading), ...projectCount(reading), ...overallTarget(reading), ...yearsProjects(reading)];
  },
};

/**
 * The year's projects (当年财政拨款项目 and 当年非财政拨款项目, where the statement states both) are the
 * budget's project spending less what last year's money carried over to projects pays for: 表3 合计
 * 项目支出 − 表11 合计 项目支出 (财政拨款 and 非财政拨款).
 */
function yearsProjects(reading: Reading): Finding[] {
  const statement = reading.performance_statement;
  if (!statement?.nonfiscal) return [];
  const t3 = columnTable(reading, "3");
  const project = t3?.total_row?.project;
  const t11 = reading.tables["11"];
  if (!t3 || project === undefined || !t11 || t11.status === "missing") return [];
  const t11Total = columnTable(reading, "11")?.total_row;
  const carried = [t11Total?.fiscal_project, t11Total?.nonfiscal_project].filter((v): v is string => v !== undefined);
  const money = narrativeUnit(reading);
  const places = narrativePlaces(reading, [statement.amount]);
  const t3Unit = tableUnit(reading, "3");
  const t11Unit = tableUnit(reading, "11");
  const carriedOver = sum(carried.map((v) => inNarrativeUnit(reading, v, t11Unit)));
  const projects = inNarrativeUnit(reading, project, t3Unit);
  const expected = projects.minus(carriedOver);
  const difference = new Decimal(statement.amount).minus(expected);
  // Rounded figures: 表3's, 表11's, and the two the statement adds up.
  const terms = 1 + carried.length + 2;
  if (difference.abs().lte(roundingTolerance(terms, comparePlaces(reading, places, t3Unit)))) return [];
  const computed = expected.toFixed(places);
  return [
    statedAmountWarning(reading, statement.section, statement.amount, "当年项目", computed, {
      zh:
        `${sectionName(reading, statement.section)}：说明当年项目（财政拨款与非财政拨款）涉及 ${statement.amount} ${money}，` +
        `而表3 项目支出 ${projects.toFixed(places)} 减表11 上年结转项目支出 ${carriedOver.toFixed(places)} 为 ${computed} ${money}`,
      en: `the year's projects are stated to involve ${statement.amount} ${money}; 表3 project spending less 表11's carried-over projects is ${computed}`,
    }),
  ];
}

/**
 * A warning on an amount 预算绩效情况 states, flagged where the narrative's amounts list it ("涉及金额
 * 1863.61"), or under `what` where they do not.
 */
function statedAmountWarning(reading: Reading, section: string, amount: string, what: string, computed: string, message: { zh: string; en: string }): Finding {
  const listed = reading.stated_amounts?.find((s) => s.section === section && s.amount === amount);
  return {
    rule: meta.id,
    kind: meta.kind,
    severity: "warning",
    section,
    row: listed?.subject ?? what,
    claimed: amount,
    computed,
    message: message.zh,
    message_en: message.en,
  };
}

/**
 * The unit's overall target covers its whole budget: the amount 整体预算绩效目标 is stated to involve is
 * 表1's 支出总计 (表3's 合计), or where it covers the fiscal money only, 表4's 支出总计.
 */
function overallTarget(reading: Reading): Finding[] {
  const statement = reading.performance_statement;
  const overall = statement?.overall;
  if (!statement || !overall) return [];
  const t1 = incomeExpenseTable(reading, "1");
  const t4 = incomeExpenseTable(reading, "4");
  const figures = [
    { where: "表1 支出总计", value: expenseTotal(t1), unit: tableUnit(reading, "1") },
    { where: "表3 合计", value: columnTable(reading, "3")?.total_row?.total, unit: tableUnit(reading, "3") },
    { where: "表4 支出总计", value: expenseTotal(t4), unit: tableUnit(reading, "4") },
  ].filter((f): f is { where: string; value: string; unit: MoneyUnit | undefined } => f.value !== undefined);
  if (figures.length === 0) return [];
  const stated = new Decimal(overall.amount);
  const places = narrativePlaces(reading, [overall.amount]);
  const differences = figures.map((f) => stated.minus(inNarrativeUnit(reading, f.value, f.unit)).abs());
  if (differences.some((d, i) => d.lte(roundingTolerance(1, comparePlaces(reading, places, figures[i].unit))))) return [];
  const money = narrativeUnit(reading);
  const [whole] = figures;
  const computed = inNarrativeUnit(reading, whole.value, whole.unit).toFixed(places);
  return [
    statedAmountWarning(reading, statement.section, overall.amount, "整体预算绩效目标", computed, {
      zh: `${sectionName(reading, statement.section)}：整体预算绩效目标涉及金额 ${overall.amount} ${money}，与${whole.where} ${computed} ${money}不符：整体绩效目标应覆盖全部预算`,
      en: `the overall performance target is stated to involve ${overall.amount} ${money}, but the budget's total (${whole.where}) is ${computed}`,
    }),
  ];
}

/** Costs per unit that add up to the budget only as lump sums (in the table's unit). */
function perUnitCosts(reading: Reading): Finding[] {
  const findings: Finding[] = [];
  for (const target of reading.performance_targets ?? []) {
    const unit = target.unit;
    for (const { per, amounts, count } of target.per_unit ?? []) {
      if (count === undefined || count < 2 || amounts.length < 2) continue;
      const lumpSum = sumOf(amounts);
      const perUnitTotal = lumpSum.times(count);
      if (!lumpSum.eq(target.budget) || perUnitTotal.eq(target.budget)) continue;
      // Two places in 万元; in 元 as many as the table prints.
      const places = placesIn(unit, [target.budget, ...amounts]);
      const row = projectRow(reading, target.project);
      findings.push({
        rule: meta.id,
        kind: "narrative",
        severity: "warning",
        section: target.section,
        ...(row ? { table: "7" as const, code: row.code, column: "total" } : {}),
        row: target.project,
        claimed: amounts.map((a) => `${a} ${unit}/${per}`).join("，"),
        computed: `${perUnitTotal.toFixed(places)} ${unit}（${count} 个${per}）`,
        message: `${sectionName(reading, target.section)} ${target.project} 绩效目标：各项费用写作“${unit}/${per}”，按 ${count} 个${per}合计 ${perUnitTotal.toFixed(places)} ${unit}，与年度预算总额 ${target.budget} ${unit}不符；只有作为总额相加（${lumpSum.toFixed(places)} ${unit}）才相符`,
        message_en: `costs written per ${per} total ${perUnitTotal.toFixed(places)} for ${count}, not the ${target.budget} budget; they add up only as lump sums`,
      });
    }
  }
  return findings;
}

/** The tables shown and withheld account for the projects stated (in the narrative's unit, as the statement states them). */
function projectCount(reading: Reading): Finding[] {
  const statement = reading.performance_statement;
  const targets = reading.performance_targets ?? [];
  if (!statement || targets.length === 0) return [];
  const money = narrativeUnit(reading);
  const shown = sum(targets.map((t) => convertUnit(new Decimal(t.budget), t.unit, money)));
  // The statement's places, or the tables' where a table in 万元 is the coarser.
  const stated = narrativePlaces(reading, [statement.amount, ...statement.withheld.map((w) => w.amount)]);
  const places = Math.min(...targets.map((t) => comparePlaces(reading, stated, t.unit)));
  // Which withheld projects belong to this year's count is not said: any selection of them that
  // completes both the count and the amount accounts for the projects.
  const withheld = statement.withheld.slice(0, 12);
  for (let mask = 0; mask < 1 << withheld.length; mask++) {
    const chosen = withheld.filter((_, i) => mask & (1 << i));
    const count = targets.length + chosen.reduce((n, w) => n + w.projects, 0);
    const amount = chosen.reduce((total, w) => total.plus(w.amount), shown);
    if (count === statement.projects && amount.minus(statement.amount).abs().lte(roundingTolerance(chosen.length + targets.length, places))) return [];
  }
  const shownText = shown.toFixed(Math.max(stated, 0));
  const withheldText = statement.withheld.length
    ? `，另称 ${statement.withheld.reduce((n, w) => n + w.projects, 0)} 个项目不予公开（${statement.withheld.map((w) => `${w.amount} ${money}`).join("、")}）`
    : "，且未说明其余项目的绩效目标表为何未列出";
  return [
    {
      rule: meta.id,
      kind: meta.kind,
      severity: "warning",
      section: statement.section,
      // Flagged on the projects' table (表7 合计) where it was read.
      ...(reading.tables["7"]?.status === "present" ? { table: "7" as const, code: "合计", column: "total" } : {}),
      claimed: `${statement.projects} 个项目，${statement.amount} ${money}`,
      computed: `${targets.length} 张绩效目标表，${shownText} ${money}`,
      message: `${sectionName(reading, statement.section)}：说明当年项目 ${statement.projects} 个、涉及 ${statement.amount} ${money}，按项目分别填报绩效目标表，但只列出 ${targets.length} 张、合计 ${shownText} ${money}${withheldText}`,
      message_en: `${statement.projects} projects (${statement.amount} ${money}) are stated, but ${targets.length} performance-target tables (${shownText} ${money}) are shown`,
    },
  ];
}
