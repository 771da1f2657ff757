/**
 * vehicles: the vehicles the narrative says the unit holds add up (车辆 N 辆 = Σ 一般公务用车, 执法执勤用车,
 * 其他车辆 …), a unit that holds none budgets no 公务用车运行费, and a budget that "未安排购置车辆经费"
 * shows no 公务用车购置费 in 表10.
 */
import { Decimal } from "../amount";
import type { Reading } from "../reader/types";
import { columnTable, keyedRow, rowByCode } from "./tables";
import type { Finding, Rule } from "./types";
import { sectionName } from "./labels";

const meta = {
  id: "vehicles",
  kind: "narrative",
  severity: "warning",
  description: {
    zh: "车辆数相加一致；没有车辆不安排公务用车运行费；未安排购置车辆则无购置费",
    en: "vehicle counts add up; no vehicles, no running costs; no purchase stated, none budgeted",
  },
} as const;

/**
 * A 表10 figure (its total column), at its row as the table names it ("公务用车运行费"), or — for the
 * running costs — 表3's economic row 30231.
 */
function budgeted(reading: Reading, key: "vehicle_operation" | "vehicle_purchase"): { value: string; where: string; at: Partial<Finding> } | undefined {
  const table10 = columnTable(reading, "10");
  const row = table10 && keyedRow(table10, key);
  if (row?.total) return { value: row.total, where: "表10", at: { table: "10", row: row.label, column: "total" } };
  if (table10 || key !== "vehicle_operation") return undefined;
  const table3 = rowByCode(columnTable(reading, "3"), "30231")?.total;
  return table3 ? { value: table3, where: "表3 30231", at: { table: "3", code: "30231", column: "total" } } : undefined;
}

export const vehicles: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const v = reading.vehicles;
    if (!v) return [];
    const findings: Finding[] = [];
    const base = { rule: meta.id, kind: meta.kind, section: v.section } as const;
    if (v.count !== undefined && v.parts && v.parts.length >= 2) {
      const sum = v.parts.reduce((s, p) => s + p.count, 0);
      if (sum !== v.count) {
        findings.push({
          ...base,
          severity: "error",
          row: "车辆",
          claimed: `${v.count} 辆`,
          computed: `${sum} 辆`,
          message: `${sectionName(reading, v.section)}：车辆 ${v.count} 辆，其中 ${v.parts.map((p) => `${p.name} ${p.count} 辆`).join("、")}，合计 ${sum} 辆`,
          message_en: `${v.count} vehicles stated, but the kinds listed add up to ${sum}`,
        });
      }
    }
    const operation = budgeted(reading, "vehicle_operation");
    if (v.count === 0 && operation && new Decimal(operation.value).gt(0)) {
      findings.push({
        ...base,
        ...operation.at,
        severity: "warning",
        claimed: "0 辆",
        computed: operation.value,
        message: `${sectionName(reading, v.section)}：单位占有使用车辆 0 辆，但${operation.where}安排公务用车运行（维护）费 ${operation.value}；请核实车辆数或运行费`,
        message_en: `no vehicles are held, yet ${operation.where} budgets ${operation.value} for running official vehicles`,
      });
    }
    const purchase = budgeted(reading, "vehicle_purchase");
    if (v.no_purchase && purchase && new Decimal(purchase.value).gt(0)) {
      findings.push({
        ...base,
        ...purchase.at,
        severity: "error",
        claimed: "未安排购置车辆经费",
        computed: purchase.value,
        message: `说明称未安排购置车辆经费，但表10 公务用车购置费为 ${purchase.value}`,
        message_en: `the narrative says no vehicle purchase is budgeted, but 表10 budgets ${purchase.value}`,
      });
    }
    return findings;
  },
};
