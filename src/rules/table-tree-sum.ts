/** table-tree-sum: every parent row is the sum of its rows (类 = Σ款, 款 = Σ项), and 合计 = Σ类. */
import type { CodedRow, Reading } from "../reader/types";
import { compareFigures, dec, decimalsOf, show, sumsExactly, sumOf } from "./difference";
import { label } from "./labels";
import { CODED_TABLES, columnTable, rowsOf } from "./tables";
import { childrenOf, rowLabel, tableTree } from "./table-tree";
import type { Finding, Rule } from "./types";

const meta = {
  id: "table-tree-sum",
  kind: "table-arithmetic",
  severity: "error",
  description: { zh: "上级科目等于下级科目之和，合计等于各类之和", en: "a parent row equals the sum of its rows; the total row the sum of the classes" },
} as const;

export const tableTreeSum: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    for (const id of CODED_TABLES) {
      const table = columnTable(reading, id);
      if (!table) continue;
      const rows = rowsOf(table);
      const units = [reading.unit, ...reading.subunits].filter((u): u is string => Boolean(u));
      const children = childrenOf(tableTree(rows, table.columns, units));
      // Each parent with the label a finding names it by (made only when there is a finding).
      const parents: [() => string, string | undefined, CodedRow, number[]][] = [];
      for (const [parent, kids] of children) {
        if (parent >= 0) parents.push([() => rowLabel(rows[parent], table.columns), rows[parent].code, rows[parent], kids]);
        else if (table.total_row && Object.keys(table.total_row).length > 0) parents.push([() => "合计", "合计", table.total_row as CodedRow, kids]);
      }
      for (const [labelOf, code, parent, kids] of parents) {
        for (const column of table.columns) {
          const values: string[] = [];
          for (const k of kids) {
            const value = rows[k][column];
            if (value !== undefined) values.push(value);
          }
          if (parent[column] === undefined && values.length === 0) continue;
          if (sumsExactly(parent[column], values)) continue;
          const computed = sumOf(values);
          const decimals = Math.max(...[parent[column], ...values].filter((v): v is string => v !== undefined).map(decimalsOf));
          const result = compareFigures(dec(parent[column]), computed, values.length + 1, Math.min(decimals, 2));
          if (!result.severity) continue;
          const where = labelOf();
          const level = code === "合计" ? "各类（或各单位）" : "下级科目";
          findings.push({
            rule: meta.id,
            kind: meta.kind,
            severity: result.severity,
            table: id,
            code,
            row: where,
            column,
            claimed: parent[column] ?? "",
            computed: show(computed, decimals),
            message:
              `表${id} ${where}：${label(column)} ${parent[column] ?? "（空）"} 应等于${level}之和 ${show(computed, decimals)}，` +
              `相差 ${show(result.difference, decimals)}${result.severity === "rounding" ? "（在舍入误差以内）" : ""}`,
            message_en: `${where} ${label(column)}: ${parent[column] ?? "(blank)"} but its rows add up to ${show(computed, decimals)}`,
          });
        }
      }
    }
    return findings;
  },
};
