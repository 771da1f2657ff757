/**
 * table-tree-sum: every parent row is the sum of its rows (类 = Σ款, 款 = Σ项), and 合计 = Σ类;
 * in 表10, 合计 = 因公出国 + 公务接待 + 公务用车 and 公务用车 = 购置 + 运行.
 */
import { THREE_PUBLIC_ROWS } from "../reader/table-specs";
import type { CodedRow, ColumnTable, KeyedRow, Reading } from "../reader/types";
import { compareFigures, dec, decimalsOf, show, sumsExactly, sumOf } from "./difference";
import { label } from "../reader/column-names";
import { CODED_TABLES, columnTable, rowsOf } from "./tables";
import { childrenOf, rowLabel, tableTree } from "../reader/table-tree";
import type { Finding, Rule } from "./types";

const meta = {
  id: "table-tree-sum",
  kind: "table-arithmetic",
  severity: "error",
  description: {
    zh: "上级科目等于下级科目之和，合计等于各类之和；表10 合计等于三项之和，用车费等于购置费加运行费",
    en: "a parent row equals the sum of its rows; the total row the sum of the classes; in 表10, 合计 = its three items and vehicles = purchase + running",
  },
} as const;

/** A row that is the sum of other rows of its table. */
interface Parent {
  /** How a finding names it (made only when there is a finding). */
  label: () => string;
  code: string | undefined;
  row: Record<string, string | undefined>;
  kids: Record<string, string | undefined>[];
  /** What it should be the sum of, in a message: "下级科目". */
  parts: () => string;
}

const subjectsBelow = () => "下级科目";
const totalLabel = () => "合计";
const classesOrUnits = () => "各类（或各单位）";

/** The parents of a coded table: by its classification tree (and the units a 部门 table lists). */
function codedParents(reading: Reading, table: ColumnTable): Parent[] {
  const rows = rowsOf(table);
  const units = [reading.unit, ...reading.subunits].filter((u): u is string => Boolean(u));
  const parents: Parent[] = [];
  for (const [parent, kids] of childrenOf(tableTree(rows, table.columns, units))) {
    const kidRows = kids.map((k) => rows[k]);
    if (parent >= 0) parents.push({ label: () => rowLabel(rows[parent], table.columns), code: rows[parent].code, row: rows[parent], kids: kidRows, parts: subjectsBelow });
    else if (table.total_row && Object.keys(table.total_row).length > 0) parents.push({ label: totalLabel, code: "合计", row: table.total_row, kids: kidRows, parts: classesOrUnits });
  }
  return parents;
}

/** 表10's parents: 合计 and 公务用车购置及运行费, each over the rows printed under it. */
function threePublicParents(table: ColumnTable): Parent[] {
  const rows = table.rows as KeyedRow[];
  const present = new Set(rows.map((r) => r.key));
  // A row whose parent is not printed adds into the nearest one that is.
  const parentKey = (key: string): string | undefined => {
    let parent = THREE_PUBLIC_ROWS.find((d) => d.key === key)?.parent;
    while (parent !== undefined && !present.has(parent)) parent = THREE_PUBLIC_ROWS.find((d) => d.key === parent)?.parent;
    return parent;
  };
  const parents: Parent[] = [];
  for (const row of rows) {
    const kids = rows.filter((r) => parentKey(r.key) === row.key);
    if (kids.length > 0) parents.push({ label: () => row.label, code: undefined, row, kids, parts: () => kids.map((k) => k.label.replace(/^其中[:：]?/, "")).join("、") });
  }
  return parents;
}

export const tableTreeSum: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    for (const id of [...CODED_TABLES, "10" as const]) {
      const table = columnTable(reading, id);
      if (!table) continue;
      const parents = id === "10" ? threePublicParents(table) : codedParents(reading, table);
      for (const { label: labelOf, code, row: parent, kids, parts } of parents) {
        for (const column of table.columns) {
          const values: string[] = [];
          for (const kid of kids) {
            const value = kid[column];
            if (value !== undefined) values.push(value);
          }
          if (parent[column] === undefined && values.length === 0) continue;
          if (sumsExactly(parent[column], values)) continue;
          const computed = sumOf(values);
          const decimals = Math.max(...[parent[column], ...values].filter((v): v is string => v !== undefined).map(decimalsOf));
          const result = compareFigures(dec(parent[column]), computed, values.length + 1, Math.min(decimals, 2));
          if (!result.severity) continue;
          const where = labelOf();
          const level = parts();
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
