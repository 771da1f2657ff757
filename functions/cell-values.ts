/**
 * What Excel passes to a custom function, turned into exact decimals, and what the core returns,
 * turned back into cell values: numbers, text, or Excel's own errors.
 */
import { Decimal, decimalFromNumber, parseAmount } from "../src/amount";
import { BudgetError } from "../src/analytics";

/** A cell as a custom function receives it: blank cells arrive as null or "". */
export type CellValue = number | string | boolean | null | undefined;
export type CellMatrix = CellValue[][];
export type CellResult = number | string | CustomFunctions.Error;

export function isBlank(value: CellValue): value is null | undefined | "" {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Excel's error for a failure: #DIV/0!, #VALUE! or #N/A (with the message where Excel shows one). */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof BudgetError) {
    switch (error.kind) {
      case "div0":
        // Excel shows no custom message with #DIV/0!.
        return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
      case "na":
        return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, error.message);
      case "value":
        return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/**
 * A number from a cell, or null when the cell is blank. Text that reads as an amount
 * ("1,825.90", "77.31%") counts as that number; other text and TRUE/FALSE are #VALUE!.
 */
export function readNumber(value: CellValue, what: string): Decimal | null {
  if (isBlank(value)) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new BudgetError("value", `${what}不是有限数字 / ${what} is not a finite number`);
    return decimalFromNumber(value);
  }
  if (typeof value === "string") {
    const text = value.trim();
    const percent = text.endsWith("%") || text.endsWith("％");
    const amount = parseAmount(percent ? text.slice(0, -1) : text);
    if (amount !== null) return percent ? amount.div(100) : amount;
  }
  throw new BudgetError("value", `${what}“${String(value)}”不是数字 / ${what} "${String(value)}" is not a number`);
}

/** A number that must be there: a blank cell is #N/A (blank is not zero). */
export function requireNumber(value: CellValue, what: string): Decimal {
  const number = readNumber(value, what);
  if (number === null) throw new BudgetError("na", `${what}为空 / ${what} is blank`);
  return number;
}

/** An optional argument: omitted or blank gives undefined. */
export function optionalNumber(value: CellValue, what: string): Decimal | undefined {
  return readNumber(value, what) ?? undefined;
}

/** A value Excel can show: Decimals become numbers. */
export function toCell(value: Decimal | string): number | string {
  return typeof value === "string" ? value : value.toNumber();
}

/** An argument that may be omitted, a single value or a range. */
export type MatrixArgument = CellMatrix | CellValue;

function asMatrix(argument: MatrixArgument): CellMatrix {
  if (Array.isArray(argument)) return argument.length === 0 ? [[null]] : argument;
  return [[argument]];
}

/**
 * Applies `compute` cell by cell over ranges of one shape, single values repeated over the
 * shape, and spills the result in that shape. A failing cell shows its own error; ranges of
 * different shapes are one #VALUE!. `compute` receives the same array for every cell (no
 * allocation per cell): read it, do not keep it.
 */
export function spill(
  argumentsList: MatrixArgument[],
  compute: (values: CellValue[]) => Decimal | number | string | null,
): CellResult[][] {
  const matrices = argumentsList.map(asMatrix);
  const rows = Math.max(...matrices.map((m) => m.length));
  const columns = Math.max(...matrices.map((m) => m[0]?.length ?? 1));
  const isSingle = matrices.map((m) => m.length === 1 && (m[0]?.length ?? 1) === 1);
  for (let i = 0; i < matrices.length; i++) {
    const m = matrices[i];
    if (!isSingle[i] && (m.length !== rows || m.some((row) => row.length !== columns))) {
      const error = toExcelError(
        new BudgetError("value", `区域大小不一致：${m.length}×${m[0]?.length} 与 ${rows}×${columns} / ranges differ in shape`),
      );
      return [[error]];
    }
  }
  const values: CellValue[] = matrices.map((m) => m[0][0]);
  const result: CellResult[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: CellResult[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      for (let i = 0; i < matrices.length; i++) if (!isSingle[i]) values[i] = matrices[i][r][c];
      try {
        const value = compute(values);
        row[c] = value === null ? "" : typeof value === "number" ? value : toCell(value);
      } catch (error) {
        row[c] = toExcelError(error);
      }
    }
    result[r] = row;
  }
  return result;
}

/** Runs a computation that returns one value, turning failures into Excel errors. */
export function single(compute: () => Decimal | string): CellResult {
  try {
    return toCell(compute());
  } catch (error) {
    return toExcelError(error);
  }
}
