/**
 * The standard workbook as plain data: sheets of cells with values, number formats, merges,
 * formulas, flags and links. Built once in src/layout/; executed by the ExcelJS writer
 * (src/xlsx/) for files and by the task pane's Excel writer inside Excel.
 */
import type { MoneyUnit } from "../amount";
import type { Severity } from "../rules/types";

/**
 * A formula by intent. Inside Excel it becomes a BUDGET.* custom function; in a file a native
 * formula that computes the same thing (the custom functions exist only inside the add-in).
 * Arguments are A1 references, possibly to other sheets ("'表1 收支总体'!C5"), or numbers.
 */
export interface FormulaSpec {
  fn: "SHARE" | "YOY" | "CHANGE" | "PREVIOUS" | "SUBSIDY" | "DIFF" | "REF";
  args: (string | number)[];
  /** The unit of the result where it may be either (SUBSIDY: 万元 unless 元 is given). */
  unit?: MoneyUnit;
}

export interface CellFlag {
  severity: Severity;
  /** printed / expected / why, in Chinese then English; none where the row itself says it. */
  note?: string;
}

export interface LayoutCell {
  /** A number, or text. Text is always written as text: "=…" in a name never becomes a formula. */
  value?: string | number;
  formula?: FormulaSpec;
  /** Excel number format ("#,##0.00", "0.00%", "@"). */
  format?: string;
  bold?: boolean;
  /** Header styling. */
  header?: boolean;
  align?: "left" | "center" | "right";
  flag?: CellFlag;
  /**
   * Where a printed figure comes from in the reading ("tables.3.rows.5.total"), so that a re-check
   * reads the analyst's corrections back into it.
   */
  source?: string;
  /** An internal link: jump to a cell of another sheet. */
  link?: { sheet: string; cell: string };
}

export interface SheetLayout {
  /** A stable key ("overview", "table-1" … "table-11", "claims", "subsidies", "findings"). */
  key: string;
  /** The sheet's name in the workbook (Chinese, ≤ 31 characters). */
  name: string;
  /** Cells from A1, row by row. */
  rows: LayoutCell[][];
  /** Merged ranges ("A1:F1"). */
  merges: string[];
  /** Column widths in characters. */
  widths: number[];
  /** Rows (from the top) kept in view while scrolling. */
  frozenRows?: number;
}

export interface WorkbookLayout {
  sheets: SheetLayout[];
}

export const FLAG_FILLS: Record<Severity, string> = {
  // Light tints of the Okabe–Ito colour-blind-safe palette: vermillion, yellow, sky blue, grey.
  error: "F6B8A2",
  warning: "F8EB98",
  rounding: "B9DDF3",
  info: "E3E3E3",
};

/** The fill of header cells, as FLAG_FILLS are given (RGB hex). */
export const HEADER_FILL = "E8EEF4";

/** A sheet name as formulas and links quote it: 'it''s'. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "A1" for a 0-based row and column. */
export function cellRef(row: number, column: number): string {
  let name = "";
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

/** The 0-based column of a cell reference's letters: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** A merge range "B1:E3" as 0-based [top, left, bottom, right]; undefined if it is none. */
export function parseRange(range: string): [number, number, number, number] | undefined {
  const match = range.match(/^([A-Z]+)(\d+):([A-Z]+)(\d+)$/);
  if (!match) return undefined;
  return [Number(match[2]) - 1, columnIndex(match[1]), Number(match[4]) - 1, columnIndex(match[3])];
}

/** A reference to a cell of another sheet: "'表1 收支总体'!C5". */
export function sheetRef(sheet: string, row: number, column: number): string {
  return `${quoteSheetName(sheet)}!${cellRef(row, column)}`;
}
