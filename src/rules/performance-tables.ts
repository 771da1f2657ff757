/**
 * performance-tables: the figures of the 绩效目标表 agree with themselves and with the tables. A
 * 项目支出绩效目标表's 年度预算总额 = its 财政拨款 + 其他资金, and = the project's total in 表7 (or its
 * 财政拨款 does, where 表7 books the fiscal money only); the 整体绩效目标表's 资金来源 (上级安排 + 本级安排
 * + 其他) add up to its 资金总额 where printed, and to the amount 预算绩效情况 says the overall target
 * involves (or, where it says none, to the budget's total).
 */
import { convertUnit, Decimal, type MoneyUnit } from "../amount";
import type { PerformanceTarget, Reading } from "../reader/types";
import { compareFigures, sumOf } from "./difference";
import { sectionName } from "./labels";
import { comparePlaces, inNarrativeUnit, narrativePlaces, narrativeUnit, placesAgainst, placesIn } from "./narrative-money";
import { columnTable, expenseTotal, incomeExpenseTable, projectRows, tableUnit } from "./tables";
import type { Finding, Rule } from "./types";

const meta = {
  id: "performance-tables",
  kind: "cross-table",
  severity: "error",
  description: {
    zh: "绩效目标表的年度预算总额等于财政拨款加其他资金、等于表7中该项目的合计；整体绩效目标表的资金来源之和等于其资金总额和整体目标涉及金额",
    en: "a performance-target table's budget = its fiscal + other money = the project's total in 表7; the overall target table's sources add up to its total and to the overall target's amount",
  },
} as const;

export const performanceTables: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    for (const target of reading.performance_targets ?? []) {
      const funds = fundsOf(reading, target);
      if (funds) findings.push(funds);
      const inTable = againstTable7(reading, target);
      if (inTable) findings.push(inTable);
    }
    findings.push(...overallSources(reading));
    return findings;
  },
};

/** 年度预算总额 = 其中：财政拨款 + 其他资金, as the table prints them. */
function fundsOf(reading: Reading, target: PerformanceTarget): Finding | undefined {
  if (target.fiscal === undefined) return undefined;
  const parts = [target.fiscal, ...(target.other !== undefined ? [target.other] : [])];
  const places = placesIn(target.unit, [target.budget, ...parts]);
  const computed = sumOf(parts);
  const { severity } = compareFigures(new Decimal(target.budget), computed, parts.length + 1, places);
  if (!severity) return undefined;
  const partsSaid = target.other !== undefined ? `财政拨款 ${target.fiscal} + 其他资金 ${target.other}` : `财政拨款 ${target.fiscal}`;
  return {
    rule: meta.id,
    kind: "table-arithmetic",
    severity,
    section: target.section,
    row: target.project,
    claimed: target.budget,
    computed: computed.toFixed(places),
    message: `${sectionName(reading, target.section)} 项目支出绩效目标表“${target.project}”：年度预算总额 ${target.budget} ${target.unit}，其中 ${partsSaid} = ${computed.toFixed(places)} ${target.unit}${severity === "rounding" ? "（在舍入误差以内）" : ""}`,
    message_en: `the performance-target table of ${target.project} gives a budget of ${target.budget}, but its fiscal and other money add up to ${computed.toFixed(places)}`,
  };
}

/** The table's budget is the project's total in 表7 (over every row 表7 books it in), or its fiscal money is. */
function againstTable7(reading: Reading, target: PerformanceTarget): Finding | undefined {
  const rows = projectRows(reading, target.project);
  if (rows.length === 0 || rows.every((r) => r.total === undefined)) return undefined;
  const unit: MoneyUnit = tableUnit(reading, "7") ?? "万元";
  const inTable = convertUnit(sumOf(rows.map((r) => r.total)), unit, target.unit);
  // At the table's places, or 表7's where it is the coarser (0.01 万元 is 100 元: places −2 in 元).
  const places = placesIn(target.unit, [target.budget, target.fiscal]);
  const comparedAt = placesAgainst(target.unit, places, unit);
  const candidates = [target.budget, ...(target.fiscal !== undefined && target.fiscal !== target.budget ? [target.fiscal] : [])];
  const comparisons = candidates.map((printed) => compareFigures(new Decimal(printed), inTable, rows.length + 1, comparedAt).severity);
  if (comparisons.some((s) => s === undefined)) return undefined;
  const severity = comparisons.includes("rounding") ? "rounding" : "error";
  const shown = inTable.toFixed(places);
  const where = rows.length > 1 ? `${rows.length} 行之和` : `${rows[0].code} 合计`;
  return {
    rule: meta.id,
    kind: meta.kind,
    severity,
    table: "7",
    code: rows[0].code,
    row: rows[0].project,
    column: "total",
    section: target.section,
    claimed: target.budget,
    computed: shown,
    message:
      `${sectionName(reading, target.section)} 项目支出绩效目标表“${target.project}”年度预算总额 ${target.budget} ${target.unit}，` +
      `表7 该项目（${where}）为 ${shown} ${target.unit}${severity === "rounding" ? "（在舍入误差以内）" : ""}`,
    message_en: `the performance-target table of ${target.project} gives a budget of ${target.budget}; 表7 books ${shown} for it`,
  };
}

/** The 整体绩效目标表's sources add up to its printed total, and to the overall target's amount (or the budget's total). */
function overallSources(reading: Reading): Finding[] {
  const table = reading.overall_target_table;
  if (!table) return [];
  const findings: Finding[] = [];
  const sources = table.sources.map((s) => s.amount);
  const places = placesIn(table.unit, [...sources, table.total]);
  const sourcesTotal = sumOf(sources);
  const said = table.sources.map((s) => `${s.name} ${s.amount}`).join(" + ");
  const where = sectionName(reading, table.section);
  const base = { rule: meta.id, section: table.section, row: "整体绩效目标表", computed: sourcesTotal.toFixed(places) } as const;
  if (table.total !== undefined) {
    const { severity } = compareFigures(new Decimal(table.total), sourcesTotal, sources.length + 1, places);
    if (severity) {
      findings.push({
        ...base,
        kind: "table-arithmetic",
        severity,
        claimed: table.total,
        message: `${where} 整体绩效目标表：资金总额 ${table.total} ${table.unit}，资金来源 ${said} = ${sourcesTotal.toFixed(places)} ${table.unit}`,
        message_en: `the overall target table's total is ${table.total}, its sources add up to ${sourcesTotal.toFixed(places)}`,
      });
    }
  }
  // In the narrative's unit, against what the statement says the overall target involves.
  const money = narrativeUnit(reading);
  const inMoney = convertUnit(sourcesTotal, table.unit, money);
  const overall = reading.performance_statement?.overall;
  if (overall) {
    const stated = narrativePlaces(reading, [overall.amount]);
    const { severity } = compareFigures(new Decimal(overall.amount), inMoney, sources.length + 1, comparePlaces(reading, stated, table.unit));
    if (severity) {
      findings.push({
        ...base,
        kind: meta.kind,
        severity,
        claimed: overall.amount,
        computed: inMoney.toFixed(stated),
        message: `${where}：说明整体预算绩效目标涉及金额 ${overall.amount} ${money}，整体绩效目标表资金来源 ${said} = ${inMoney.toFixed(stated)} ${money}`,
        message_en: `the overall target is stated to involve ${overall.amount} ${money}; its table's sources add up to ${inMoney.toFixed(stated)}`,
      });
    }
    return findings;
  }
  // No amount stated: the overall target covers the budget (表1 支出总计, or the fiscal money's, 表4's).
  const t1 = incomeExpenseTable(reading, "1");
  const t4 = incomeExpenseTable(reading, "4");
  const totals = [
    { where: "表1 支出总计", value: expenseTotal(t1), unit: tableUnit(reading, "1") },
    { where: "表4 支出总计", value: expenseTotal(t4), unit: tableUnit(reading, "4") },
  ].filter((t): t is { where: string; value: string; unit: MoneyUnit | undefined } => t.value !== undefined);
  if (totals.length === 0) return findings;
  const moneyPlaces = placesIn(money, [inMoney.toFixed()]);
  const fits = totals.some((t) => !compareFigures(inNarrativeUnit(reading, t.value, t.unit), inMoney, sources.length + 1, comparePlaces(reading, moneyPlaces, t.unit)).severity);
  if (fits) return findings;
  const [whole] = totals;
  const wholeAmount = inNarrativeUnit(reading, whole.value, whole.unit);
  findings.push({
    ...base,
    kind: meta.kind,
    severity: "warning",
    claimed: inMoney.toFixed(moneyPlaces),
    computed: wholeAmount.toFixed(moneyPlaces),
    message: `${where} 整体绩效目标表：资金来源 ${said} = ${inMoney.toFixed(moneyPlaces)} ${money}，与${whole.where} ${wholeAmount.toFixed(moneyPlaces)} ${money}不符：整体绩效目标应覆盖全部预算`,
    message_en: `the overall target table's sources add up to ${inMoney.toFixed(moneyPlaces)}, but the budget's total (${whole.where}) is ${wholeAmount.toFixed(moneyPlaces)}`,
  });
  return findings;
}
