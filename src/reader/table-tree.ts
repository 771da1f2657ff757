/**
 * The classification tree of a coded table: which row each row adds up into.
 * 款 rows add into their 类, 项 rows into their 款, project rows (表7) into the row of their code
 * without a project, 类 rows into the unit's subtotal row where a 部门 table lists units.
 */
import type { CodedRow } from "./types";

export interface TableTree {
  /** Index of each row's parent row, or -1 for a top-level row (which adds into the total row). */
  parent: number[];
}

/**
 * Does the row belong to a project (表7)? Elsewhere "project" is the 项目支出 column, not a name.
 */
export function isProjectRow(row: CodedRow, columns: string[]): boolean {
  return !columns.includes("project") && Boolean(row.project);
}

export function tableTree(rows: CodedRow[], columns: string[], unitNames: string[] = []): TableTree {
  const parent: number[] = [];
  const stack: { code: string; project: boolean; index: number }[] = [];
  const coded = rows.some((r) => r.code);
  rows.forEach((row, index) => {
    const code = row.code ?? "";
    if (!coded) {
      // Named rows (表11): a unit's own row heads the rows after it; others stand on their own.
      const isUnit = namesUnit(row.name ?? "", unitNames);
      if (isUnit) stack.length = 0;
      parent.push(isUnit || stack.length === 0 ? -1 : stack[0].index);
      if (isUnit) stack.push({ code: "", project: false, index });
      return;
    }
    if (code === "") {
      // A unit's subtotal row: the classes after it belong to it.
      stack.length = 0;
      parent.push(-1);
      stack.push({ code: "", project: false, index });
      return;
    }
    const project = isProjectRow(row, columns);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const under = code.startsWith(top.code) && (code.length > top.code.length || (project && !top.project && code === top.code));
      if (under) break;
      stack.pop();
    }
    parent.push(stack.length > 0 ? stack[stack.length - 1].index : -1);
    stack.push({ code, project, index });
  });
  return { parent };
}

/**
 * Is the row's name one of the units' — in full, or as the table prints it shorter or longer than
 * the title does ("希望街道办事处" for "库尔勒市希望街道办事处")?
 */
function namesUnit(name: string, unitNames: string[]): boolean {
  if (name === "") return false;
  return unitNames.some((unit) => unit === name || (name.length >= 4 && unit.length >= 4 && (unit.endsWith(name) || name.endsWith(unit))));
}

/** Rows grouped under each parent (-1: the top level). */
export function childrenOf(tree: TableTree): Map<number, number[]> {
  const children = new Map<number, number[]>();
  tree.parent.forEach((p, i) => {
    const list = children.get(p) ?? [];
    list.push(i);
    children.set(p, list);
  });
  return children;
}

/** How a finding names a row: its code (and project), or its name. */
export function rowLabel(row: CodedRow, columns: string[]): string {
  return [row.code, isProjectRow(row, columns) ? row.project : row.code ? undefined : row.name].filter(Boolean).join(" ");
}
