/** table-row-total: in every row, the total is the sum of its parts (合计 = 基本 + 项目, …). */
import type { CodedRow, KeyedRow, Reading, TableId } from "../reader/types";
import { compareFigures, dec, decimalsOf, show, sumsExactly, sumOf } from "./difference";
import { label } from "../reader/column-names";
import { CODED_TABLES, columnTable, specOf } from "./tables";
import { rowLabel } from "../reader/table-tree";
import type { Finding, Rule } from "./types";

const meta = {
  id: "table-row-total",
  kind: "table-arithmetic",
  severity: "error",
  description: { zh: "每行合计等于各分项之和", en: "each row's total equals the sum of its parts" },
} as const;

type Row = CodedRow | KeyedRow;

/** `place` names the row for a finding (only asked for when there is one). */
function checkRow(id: TableId, row: Row, place: () => { code?: string; row: string }, identities: { total: string; parts: string[] }[]): Finding[] {
  const findings: Finding[] = [];
  for (const identity of identities) {
    const printed = row[identity.total];
    const values = identity.parts.map((p) => row[p]);
    if (printed === undefined && values.every((v) => v === undefined)) continue;
    if (sumsExactly(printed, values)) continue;
    const parts = identity.parts.filter((p) => row[p] !== undefined);
    const figures = [printed, ...parts.map((p) => row[p])].filter((f): f is string => f !== undefined);
    const decimals = Math.max(...figures.map(decimalsOf));
    const computed = sumOf(parts.map((p) => row[p]));
    const result = compareFigures(dec(printed), computed, parts.length + 1, Math.min(decimals, 2));
    if (!result.severity) continue;
    const where = place();
    const partNames = identity.parts.map(label);
    // A total over parts none of which is printed: say so, rather than spell out a sum of blanks.
    const overBlanks = parts.length === 0 && printed !== undefined;
    const statement = overBlanks
      ? `${label(identity.total)} ${printed}，但各分项（${partNames.join("、")}）均未填列`
      : `${label(identity.total)} ${printed ?? "（空）"} 应等于 ${partNames.join(" + ")} = ${show(computed, decimals)}，` +
        `相差 ${show(result.difference, decimals)}${result.severity === "rounding" ? "（在舍入误差以内）" : ""}`;
    findings.push({
      rule: meta.id,
      kind: meta.kind,
      severity: result.severity,
      table: id,
      ...where,
      column: identity.total,
      claimed: printed ?? "",
      computed: show(computed, decimals),
      message: `表${id} ${where.row}：${statement}`,
      message_en: overBlanks
        ? `${label(identity.total)} ${printed} stands over parts that are all blank`
        : `${label(identity.total)} ${printed ?? "(blank)"} should be the sum of its parts, ${show(computed, decimals)}`,
    });
    // A part with its decimal point moved explains the difference: point at it.
    for (const part of parts) {
      for (const factor of [10, 100]) {
        const fixed = computed.minus(dec(row[part])).plus(dec(row[part]).times(factor));
        if (printed !== undefined && fixed.eq(dec(printed))) {
          findings.push({
            rule: meta.id,
            kind: "format",
            severity: "error",
            table: id,
            ...where,
            column: part,
            claimed: row[part],
            computed: show(dec(row[part]).times(factor), 2),
            message: `表${id} ${where.row}：${label(part)} 印作 ${row[part]}，小数点错位，应为 ${show(dec(row[part]).times(factor), 2)}`,
            message_en: `${label(part)} printed ${row[part]}: the decimal point is misplaced`,
          });
        }
      }
    }
  }
  return findings;
}

export const tableRowTotal: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    for (const id of [...CODED_TABLES, "10" as TableId]) {
      const table = columnTable(reading, id);
      if (!table) continue;
      const spec = specOf(reading, id, table);
      if (!spec) continue;
      for (const row of table.rows) {
        const place = () => ("key" in row && row.key ? { row: String(row.label) } : { code: (row as CodedRow).code, row: rowLabel(row as CodedRow, table.columns) });
        findings.push(...checkRow(id, row, place, spec.identities));
      }
      if (table.total_row && Object.keys(table.total_row).length > 0) {
        findings.push(...checkRow(id, table.total_row as CodedRow, () => ({ code: "合计", row: "合计" }), spec.identities));
      }
    }
    return findings;
  },
};
