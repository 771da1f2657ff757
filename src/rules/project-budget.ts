/**
 * project-budget: the 预算安排规模 a project description states ("项目名称：社区运转经费 … 预算安排规模：
 * 165.00 万元") equals the project's total in 表7 (over every row 表7 books it in). Projects 表7 does
 * not list (a government-fund or state-capital project, shown in 表8 / 表9) are not compared.
 */
import { Decimal, convertUnit } from "../amount";
import type { CodedRow, Reading } from "../reader/types";
import { compareFigures, show, sumOf } from "./difference";
import { bareName, sectionName } from "./labels";
import { columnTable, projectRows, tableUnit } from "./tables";
import { comparePlaces, narrativePlaces, narrativeUnit } from "./narrative-money";
import type { Finding, Rule } from "./types";

const meta = {
  id: "project-budget",
  kind: "narrative",
  severity: "error",
  description: {
    zh: "项目说明中的预算安排规模等于项目支出表中该项目的合计",
    en: "a project description's 预算安排规模 equals the project's total in 表7",
  },
} as const;


export const projectBudget: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const t7 = columnTable(reading, "7");
    if (!t7 || !reading.project_budgets) return [];
    const unit = tableUnit(reading, "7") ?? "万元";
    // The budgets are the narrative's: in 万元, or in 元 where it states its amounts so.
    const money = narrativeUnit(reading);
    const findings: Finding[] = [];
    for (const { project, budget } of reading.project_budgets) {
      const rows = projectRows(reading, project);
      if (rows.length === 0 || rows.every((r) => r.total === undefined)) continue;
      const inTable = convertUnit(sumOf(rows.map((r) => r.total)), unit, money);
      const stated = new Decimal(budget);
      // Compared at the budget's places, or the table's where they are the coarser (表7 in 万元 for a budget in 元).
      const places = narrativePlaces(reading, [budget]);
      const { severity } = compareFigures(stated, inTable, rows.length + 1, comparePlaces(reading, places, unit));
      if (!severity) continue;
      const shown = show(inTable, places);
      const where = rows.length > 1 ? `${rows.length} 行之和` : `${rows[0].code} 合计`;
      findings.push({
        rule: meta.id,
        kind: meta.kind,
        severity,
        table: "7",
        code: rows[0].code,
        row: rows[0].project,
        column: "total",
        claimed: budget,
        computed: shown,
        message: `${sectionName(reading, undefined)} 项目“${project}”预算安排规模 ${budget} ${money}，表7 该项目（${where}）为 ${shown} ${money}${severity === "rounding" ? "（在舍入误差以内）" : ""}`,
        message_en: `the description of ${project} states a budget of ${budget} ${money}; 表7 books ${shown} ${money} for it`,
      });
    }
    return findings;
  },
};
