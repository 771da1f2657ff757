/**
 * figure-format: a table that does not state its money unit, a figure with more decimals than its
 * table prints (173.542 in a 万元 table), and amounts the narrative gives in 元 that can only be
 * 万元 ("补助 0.29 元"; a 项目支出绩效目标表 saying "本项目共投资 0.4 元" of its 0.40 万元 budget).
 */
import { convertUnit, Decimal, parseAmount } from "../amount";
import type { CodedRow, Reading, TableId } from "../reader/types";
import { compact } from "../reader/text-lines";
import { decimalsOf } from "./difference";
import { addsUpOnlyInWan } from "./project-allocation";
import { projectRow, tableUnit } from "./tables";
import { rowLabel } from "../reader/table-tree";
import { sectionName } from "./labels";
import { label } from "../reader/column-names";
import { narrativeUnit } from "./narrative-money";
import type { Finding, Rule } from "./types";

const meta = {
  id: "figure-format",
  kind: "format",
  severity: "warning",
  description: { zh: "数字的小数位数和单位符合表格与说明的写法", en: "figures have their table's decimals and the right unit" },
} as const;

export const figureFormat: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    for (const [id, table] of Object.entries(reading.tables) as [TableId, NonNullable<Reading["tables"][TableId]>][]) {
      // (A table whose head states no unit is taken to be in the one the others state.)
      const unit = tableUnit(reading, id);
      if (table.name_column_missing) {
        findings.push({
          rule: meta.id,
          kind: meta.kind,
          severity: "warning",
          table: id,
          claimed: "没有科目名称列",
          computed: "应列出功能分类科目名称",
          message: `表${id} 没有印出科目名称列，名称只能按编码从其他表查得`,
          message_en: `table ${id} was printed without its name column`,
        });
      }
      if (table.status === "present" && table.unit === undefined) {
        findings.push({
          rule: meta.id,
          kind: meta.kind,
          severity: "warning",
          table: id,
          claimed: "未注明金额单位",
          computed: "单位：万元（或 元）",
          message:
            `表${id} 的表头没有注明金额单位（未找到“单位：万元”或“单位：元”），表中金额是万元还是元无从判断` +
            (unit ? `；已按其他各表注明的${unit}与各表核对` : ""),
          message_en:
            `table ${id} does not state its money unit (no "单位：万元" or "单位：元" in its head)` +
            (unit ? `; it was checked as in ${unit}, the unit the other tables state` : ""),
        });
      }
      if (unit !== "万元" || !("rows" in table) || !Array.isArray(table.rows)) continue;
      const assumed = table.unit === undefined ? "（表头未注明单位，按其他各表的万元计）" : "";
      const columns = (table as { columns?: string[] }).columns ?? [];
      for (const row of table.rows as CodedRow[]) {
        for (const column of columns) {
          const value = row[column];
          if (value === undefined || decimalsOf(value) <= 2) continue;
          // A 表7 row by its code and project: several projects share a code.
          const where = rowLabel(row, columns);
          findings.push({
            rule: meta.id,
            kind: meta.kind,
            severity: "warning",
            table: id,
            code: row.code,
            row: where,
            column,
            claimed: value,
            computed: `${label(column)} 应为两位小数的万元数`,
            message: `表${id} ${where}：${label(column)} 印作 ${value}，万元表的金额应为两位小数（小数点可能错位）${assumed}`,
            message_en: `${value} has more decimals than a 万元 table prints: a misplaced decimal point?`,
          });
        }
      }
    }
    const yuanSlips = new Set<string>();
    // (In a narrative that states its amounts in 元, an amount in 元 is no slip.)
    for (const subsidy of narrativeUnit(reading) === "万元" ? reading.subsidies : []) {
      // "6名人大代表履职补助 0.29 元": a sum of a few tenths of a yuan can only be 万元.
      for (const match of subsidy.text.matchAll(/(\d+\.\d+)\s*元(?![/／])/g)) {
        if (Number(match[1]) >= 1 || /万\s*$/.test(subsidy.text.slice(0, match.index!))) continue;
        yuanSlips.add(`${subsidy.project}|${match[1]}`);
        findings.push({
          rule: meta.id,
          kind: meta.kind,
          severity: "warning",
          row: subsidy.project,
          claimed: `${match[1]} 元`,
          computed: `${match[1]} 万元`,
          message: `${subsidy.project}：“${compact(match[0])}”单位应为万元（${match[1]} 万元）`,
          message_en: `"${match[0]}": the unit must be 万元`,
        });
      }
    }
    // An allocation whose amounts add up to its budget only with those in 元 read as 万元.
    for (const project of reading.project_budgets ?? []) {
      if (!addsUpOnlyInWan(project)) continue;
      for (const figure of project.allocation!.yuan_items!) {
        if (yuanSlips.has(`${project.project}|${figure}`)) continue;
        findings.push({
          rule: meta.id,
          kind: meta.kind,
          severity: "warning",
          row: project.project,
          claimed: `${figure} 元`,
          computed: `${figure} 万元`,
          message: `${project.project}：资金分配情况中的“${figure}元”单位应为万元（按万元计，所列金额之和才等于${project.allocation!.total !== undefined ? `共计 ${project.allocation!.total}` : `预算安排规模 ${project.budget}`} 万元）`,
          message_en: `the allocation of ${project.project} adds up only with ${figure} 元 read as 万元: the unit must be 万元`,
        });
      }
    }
    // A performance-target table that gives its budget's figure in 万元 with 元 after it ("0.4 元"
    // of a 0.40 万元 budget; of a 4,000.00 元 one in a table in 元).
    for (const target of reading.performance_targets ?? []) {
      const inWan = convertUnit(new Decimal(target.budget), target.unit, "万元");
      // (As printed: "4,800.00 元" has its thousands separator.)
      const slips = target.yuan_amounts.filter((amount) => parseAmount(amount.replace(/\s*元$/, ""))?.eq(inWan));
      if (slips.length === 0) continue;
      const budget = target.unit === "万元" ? `${target.budget} 万元` : `${target.budget} 元（${inWan.toFixed(2)} 万元）`;
      // Stand at the project's row in 表7 where it is there.
      const row = projectRow(reading, target.project);
      findings.push({
        rule: meta.id,
        kind: meta.kind,
        severity: "warning",
        section: target.section,
        ...(row ? { table: "7" as const, code: row.code, column: "total" } : {}),
        row: target.project,
        claimed: slips[0],
        computed: `${inWan.toFixed(2)} 万元`,
        message: `${sectionName(reading, target.section)} ${target.project} 绩效目标表：${slips.length > 1 ? `${slips.length} 处写作` : "写作"}“${slips[0]}”，而本项目年度预算总额为 ${budget}：单位应为万元`,
        message_en: `the performance table of ${target.project} writes "${slips[0]}" for its ${budget} budget: the unit must be 万元`,
      });
    }
    return findings;
  },
};
