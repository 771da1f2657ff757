/**
 * Reads each located table into the reading's shape, by kind: coded tables (表2, 3, 5, 6, 7, 8, 9:
 * read-coded-table.ts), the income/expense tables (表1, 表4: read-income-expense.ts), 表10 and 表11
 * (read-named-tables.ts). This module holds what they share.
 */
import { Decimal, figureInUnit, type MoneyUnit } from "../amount";
import type { LocatedTable } from "./locate-tables";
import { readCodedTable } from "./read-coded-table";
import { readFiscalTable, readIncomeExpenseTable } from "./read-income-expense";
import { readCarryoverTable, readThreePublicTable } from "./read-named-tables";
import { NOTE_START, joinWrapped, rejoinCells, separateGluedFigures } from "./table-body";
import { threePublicKeyOf, threePublicKeyOfSubject } from "./table-specs";
import { plainSubject } from "./narrative-claims";
import type { TextLine } from "./text-lines";
import type { Claim, CodedRow, ColumnTable, IncomeExpenseTable, ReadTable, TableId } from "./types";

/** What one table's reading may use from the tables read before it. */
export interface ReadContext {
  layout: "standard-11" | "shanghai-9";
  /** Names printed for each code in this disclosure's tables. */
  namesByCode: Map<string, string>;
  /** Figures other tables print for a table's total row, by column. */
  totalHints: Partial<Record<TableId, Record<string, string>>>;
  /**
   * Figures the narrative states for a table's rows, by row, in the table's unit: they decide
   * between placements that balance alike and that the other tables leave equal.
   */
  statedHints: Partial<Record<TableId, Record<string, string>>>;
  /** The unit's name and its subunits': in 表11 a unit's row heads the projects listed under it. */
  unitNames: string[];
}

export function isTabTable(lines: TextLine[]): boolean {
  let withCells = 0;
  for (const line of lines) if (line.cells) withCells++;
  return withCells > 0 && withCells >= lines.length / 3;
}

/** "本表无数据", "此表为空", "该表没有数据". */
const THIS_TABLE_EMPTY = "[本此该]表(?:为空|无数据|没有数据)";
const SAYS_EMPTY = new RegExp(`空表|${THIS_TABLE_EMPTY}`);
/** Whether a table's note says the table is empty ("…为空表", "本表无数据"), not only that nothing is spent. */
export function saysEmpty(note: string): boolean {
  return SAYS_EMPTY.test(note);
}

/** A line that starts a table's note: 备注/注, or the sentence that says nothing is spent. */
const NOTE_LINE = new RegExp(`${NOTE_START.source}|没有.{0,40}(支出|预算|安排)|无.{0,30}(支出|预算|安排)|空表|${THIS_TABLE_EMPTY}`);

/** The line a table's note starts on (-1: none). */
export function noteStart(lines: TextLine[]): number {
  return lines.findIndex((l) => NOTE_LINE.test(l.flat));
}

const EMPTY_NOTE = new RegExp(`^(?:(?:备注|注)[:：])?[^。]*?(空表|${THIS_TABLE_EMPTY}|没有[^。]{0,40}(支出|预算|安排)|无[^。]{0,30}(支出|预算|安排))[^。]*。?`);

/** A note that says a table is empty (空表, 本表无数据) or has no such spending. */
export function emptyNote(lines: TextLine[]): string | undefined {
  const first = noteStart(lines);
  if (first < 0) return undefined;
  const text = joinWrapped(lines.slice(first).map((l) => l.text));
  const marker = text.search(/(备注|注)[:：]/);
  const from = marker >= 0 ? text.slice(marker) : text;
  const match = from.match(EMPTY_NOTE);
  if (!match) return undefined;
  return match[0].trim();
}

export function readTable(located: LocatedTable, context: ReadContext): ReadTable {
  const lines = rejoinCells(separateGluedFigures(located.lines), located.id === "1" || located.id === "4");
  const table = lines === located.lines ? located : { ...located, lines };
  switch (table.id) {
    case "1":
      return readIncomeExpenseTable(table) as ReadTable;
    case "4":
      return readFiscalTable(table) as ReadTable;
    case "10":
      return readThreePublicTable(table, context.totalHints["10"], context.statedHints["10"]) as ReadTable;
    case "11":
      return readCarryoverTable(table, context.unitNames) as ReadTable;
    default:
      return readCodedTable(table, table.id, context) as ReadTable;
  }
}

/** The figures 表1 prints for the column totals of 表2. */
export function table2HintsFrom(table1: IncomeExpenseTable): Record<string, string> {
  const amount = (key: string) => table1.income.find((l) => l.key === key)?.amount ?? "0";
  const hints: Record<string, string> = {
    general: amount("general_own"),
    general_transfer: amount("general_transfer"),
    fund: amount("fund_own"),
    fund_transfer: amount("fund_transfer"),
    soe: amount("soe_own"),
    soe_transfer: amount("soe_transfer"),
    special_account: amount("special_account"),
    unit_funds: amount("unit_funds"),
    fiscal_carryover: amount("fiscal_carryover"),
    nonfiscal_carryover: amount("nonfiscal_carryover"),
  };
  if (table1.income_total) hints.total = table1.income_total;
  const fiscal = ["general_budget", "fund_budget", "soe_budget"].reduce((s, k) => s.plus(amount(k)), new Decimal(0));
  hints.fiscal_subtotal = fiscal.toFixed(2);
  return hints;
}

/**
 * The "三公" figures 表6 prints as economic lines (因公出国, 公务接待, 公务用车运行), in 表10's unit:
 * they decide between equal column assignments of a one-row 表10 (basic spending only, so a hint,
 * never a rule).
 */
export function table10HintsFrom(table6: ColumnTable, unit: MoneyUnit | undefined): Record<string, string> {
  const hints: Record<string, string> = {};
  for (const row of table6.rows as CodedRow[]) {
    const key = threePublicKeyOf(row);
    if (!key || row.total === undefined || hints[key] !== undefined) continue;
    hints[key] = figureInUnit(row.total, table6.unit, unit);
  }
  return hints;
}

/**
 * The figures the narrative states for 表10's rows ("其中：公务用车购置费 0.00 万元"), the first it
 * states for each, in 表10's unit.
 */
export function table10HintsFromClaims(claims: Claim[], narrativeUnit: MoneyUnit | undefined, unit: MoneyUnit | undefined): Record<string, string> {
  const hints: Record<string, string> = {};
  for (const claim of claims) {
    if (claim.amount === "" || claim.section === "第一部分") continue;
    const subject = plainSubject(claim.subject);
    const key = /^机关运行经费/.test(subject) ? "office_operation" : threePublicKeyOfSubject(subject);
    if (!key || hints[key] !== undefined) continue;
    hints[key] = figureInUnit(claim.amount, narrativeUnit, unit);
  }
  return hints;
}
