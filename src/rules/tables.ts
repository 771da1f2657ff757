/** Typed access to the reading's tables for the rules. */
import { SHANGHAI_COLUMNS, STANDARD_COLUMNS, type ColumnSpec } from "../reader/table-specs";
import { decimalsOf, type MoneyUnit } from "../amount";
import { compareFigures, dec, sumOf } from "./difference";
import { isProjectRow } from "../reader/table-tree";
import { bareName } from "./labels";
import type { CodedRow, ColumnTable, IncomeExpenseTable, IncomeLine, KeyedRow, Reading, TableId } from "../reader/types";

export const CODED_TABLES: TableId[] = ["2", "3", "5", "6", "7", "8", "9", "11"];

/** 表1's income blocks: a line and the lines it is the sum of (only checked where printed). */
const TABLE1_INCOME_BLOCKS: [string, string[]][] = [
  ["current_income", ["general_budget", "fund_budget", "soe_budget", "special_account", "unit_funds"]],
  ["general_budget", ["general_own", "general_transfer"]],
  ["fund_budget", ["fund_own", "fund_transfer"]],
  ["soe_budget", ["soe_own", "soe_transfer"]],
  ["unit_funds", ["business_income", "superior_subsidy", "affiliated_income", "operating_income", "other_income"]],
  ["carryover", ["fiscal_carryover", "nonfiscal_carryover"]],
  ["fiscal_carryover", ["fiscal_carryover_general", "fiscal_carryover_fund", "fiscal_carryover_soe"]],
  ["nonfiscal_carryover", ["nonfiscal_carryover_special_account", "nonfiscal_carryover_unit_funds"]],
  ["fiscal_income", ["general_budget", "fund_budget", "soe_budget"]],
];

/** An income line and the lines printed under it that it is the sum of. */
export interface IncomeBlock {
  total: IncomeLine;
  parts: IncomeLine[];
}

/** 表1's income blocks as printed: those with their total line, a line under it, and a figure. */
export function table1IncomeBlocks(t1: IncomeExpenseTable): IncomeBlock[] {
  const line = (key: string) => t1.income.find((l) => l.key === key);
  const blocks: IncomeBlock[] = [];
  for (const [key, keys] of TABLE1_INCOME_BLOCKS) {
    const total = line(key);
    const parts = keys.map(line).filter((l): l is IncomeLine => l !== undefined);
    if (!total || parts.length === 0 || (total.amount === undefined && parts.every((l) => l.amount === undefined))) continue;
    blocks.push({ total, parts });
  }
  return blocks;
}

/** 表4's fiscal income (财政拨款（补助）) and its budgets, where it prints the line and one of them. */
export function table4IncomeBlock(t4: IncomeExpenseTable): IncomeBlock | undefined {
  const line = (key: string) => t4.income.find((l) => l.key === key);
  const total = line("fiscal_total");
  const parts = ["general", "fund", "soe"].map(line).filter((l): l is IncomeLine => l !== undefined);
  return total && parts.length > 0 ? { total, parts } : undefined;
}

/** The sum of a block's lines. */
export const blockSum = (block: IncomeBlock) => sumOf(block.parts.map((l) => l.amount));

/** The block's total is the sum of its lines, within rounding. */
export function blockAddsUp(block: IncomeBlock): boolean {
  return compareFigures(dec(block.total.amount), blockSum(block), block.parts.length + 1, 2).severity !== "error";
}

/** Every income block of 表1 that `key` is the total or one of the lines of adds up (within rounding). */
export function table1LineAddsUp(t1: IncomeExpenseTable, key: string): boolean {
  return table1IncomeBlocks(t1)
    .filter((block) => block.total.key === key || block.parts.some((l) => l.key === key))
    .every(blockAddsUp);
}

/** 表4's fiscal income is the sum of its budgets (within rounding), or it prints no such line. */
export function table4IncomeAddsUp(t4: IncomeExpenseTable): boolean {
  const block = table4IncomeBlock(t4);
  return block === undefined || blockAddsUp(block);
}

/** The table's total row in `column` is the sum of its classes (3-digit rows), within rounding; undefined where it prints none. */
export function totalRowAddsUp(table: ColumnTable, column: string): boolean | undefined {
  const classes = rowsOf(table).filter((r) => r.code?.length === 3 && !isProjectRow(r, table.columns));
  if (classes.length === 0 || !table.total_row) return undefined;
  const decimals = Math.max(0, ...classes.map((r) => (r[column] === undefined ? 0 : decimalsOf(r[column]!))));
  return compareFigures(dec(table.total_row[column]), sumOf(classes.map((r) => r[column])), classes.length + 1, Math.min(decimals, 2)).severity !== "error";
}

/**
 * The unit a table's figures are in: the one its head states, or where it states none, the one
 * every table that states a unit states (figure-format reports the omission). Undefined where those
 * disagree, or none states one: such a table is compared only with tables as silent as itself.
 */
export function tableUnit(reading: Reading, id: TableId): MoneyUnit | undefined {
  const stated = reading.tables[id]?.unit;
  if (stated) return stated;
  let shared: MoneyUnit | undefined;
  for (const table of Object.values(reading.tables)) {
    if (!table?.unit) continue;
    if (shared !== undefined && table.unit !== shared) return undefined;
    shared = table.unit;
  }
  return shared;
}

export function columnTable(reading: Reading, id: TableId): ColumnTable | undefined {
  const table = reading.tables[id];
  return table && table.status === "present" && "rows" in table ? (table as ColumnTable) : undefined;
}

export function incomeExpenseTable(reading: Reading, id: "1" | "4"): IncomeExpenseTable | undefined {
  const table = reading.tables[id];
  return table && table.status === "present" && "income" in table ? (table as IncomeExpenseTable) : undefined;
}

/** A 收支 table's 支出总计: the one figure 表1 prints, or the total of 表4's columns. */
export function expenseTotal(table: IncomeExpenseTable | undefined): string | undefined {
  return typeof table?.expense_total === "object" ? table.expense_total.total : table?.expense_total;
}

/** The column spec the table was read with (the layout's own where it has one). */
export function specOf(reading: Reading, id: TableId, table: ColumnTable): ColumnSpec | undefined {
  const shanghai = reading.layout === "shanghai-9" ? SHANGHAI_COLUMNS[id] : undefined;
  const spec = shanghai ?? STANDARD_COLUMNS[id];
  return spec && spec.columns.join() === table.columns.join() ? spec : undefined;
}

export function rowsOf(table: ColumnTable): CodedRow[] {
  return table.rows as CodedRow[];
}

export function keyedRow(table: ColumnTable, key: string): KeyedRow | undefined {
  return (table.rows as KeyedRow[]).find((r) => r.key === key);
}

export function rowByCode(table: ColumnTable | undefined, code: string): CodedRow | undefined {
  return table ? rowsOf(table).find((r) => r.code === code && !isProjectRow(r, table.columns)) : undefined;
}

/** 表7's project rows with their names as compared, for each 表7 asked about. */
const PROJECT_ROWS = new WeakMap<ColumnTable, { row: CodedRow; name: string }[]>();

/**
 * 表7's rows of a project: those of the same name, or — where the name is given short
 * ("社区阵地装修改造费" for "社区阵地装修改造费(新苑社区四季城阵地、科达社区阵地)") — of the one
 * project whose name begins with it (brackets and white space aside).
 */
export function projectRows(reading: Reading, project: string): CodedRow[] {
  const table = columnTable(reading, "7");
  if (!table) return [];
  let rows = PROJECT_ROWS.get(table);
  if (!rows) {
    rows = rowsOf(table).filter((r) => r.project !== undefined).map((row) => ({ row, name: bareName(row.project!) }));
    PROJECT_ROWS.set(table, rows);
  }
  const name = bareName(project);
  const same = rows.filter((r) => r.name === name);
  if (same.length > 0 || name.length < 4) return same.map((r) => r.row);
  const longer = rows.filter((r) => r.name.startsWith(name));
  return new Set(longer.map((r) => r.name)).size === 1 ? longer.map((r) => r.row) : [];
}

/** 表7's (first) row of a project, where a finding about the project is flagged: as projectRows finds it. */
export function projectRow(reading: Reading, project: string): CodedRow | undefined {
  return projectRows(reading, project)[0];
}

/**
 * A class's total in a table: its own row, or — where the table prints only the rows under it —
 * the sum of its highest printed rows.
 */
export function classTotal(table: ColumnTable | undefined, code: string, column = "total"): string | undefined {
  if (!table) return undefined;
  const own = rowByCode(table, code);
  if (own) return own[column];
  const under = rowsOf(table).filter((r) => r.code?.startsWith(code) && !isProjectRow(r, table.columns));
  if (under.length === 0) return undefined;
  const shortest = Math.min(...under.map((r) => r.code!.length));
  const values = under.filter((r) => r.code!.length === shortest).map((r) => r[column]).filter((v): v is string => v !== undefined);
  if (values.length === 0) return undefined;
  const decimals = Math.max(...values.map(decimalsOf));
  return sumOf(values).toFixed(decimals);
}
