/** Building one sheet's layout cell by cell, with an index of where each row and column went. */
import type { CellFlag, FormulaSpec, LayoutCell, SheetLayout } from "./types";
import { cellRef } from "./types";
import { Decimal, decimalsOf } from "../amount";
import { SEVERITY_ORDER } from "../rules/types";

export class SheetBuilder {
  readonly rows: LayoutCell[][] = [];
  readonly merges: string[] = [];
  widths: number[] = [];
  frozenRows?: number;
  /** Row of each row key (a code, an income key, "合计"), for placing flags and links. */
  readonly rowOf = new Map<string, number>();
  /** Column of each column key ("total", "basic", "amount"). */
  readonly columnOf = new Map<string, number>();
  /** The decimals of a blank figure cell the analyst may fill: those its table prints. */
  blankFigureDecimals = 2;

  constructor(
    readonly key: string,
    readonly name: string,
  ) {}

  get height(): number {
    return this.rows.length;
  }

  set(row: number, column: number, cell: LayoutCell): void {
    while (this.rows.length <= row) this.rows.push([]);
    const line = this.rows[row];
    while (line.length < column) line.push({});
    line[column] = { ...line[column], ...cell };
  }

  get(row: number, column: number): LayoutCell | undefined {
    return this.rows[row]?.[column];
  }

  text(row: number, column: number, value: string, extra: LayoutCell = {}): void {
    this.set(row, column, { value, format: "@", ...extra });
  }

  /**
   * A printed figure as a number, formatted with the decimals it was printed with. `source` says
   * where it lives in the reading; a blank cell with a source can be filled in by the analyst.
   */
  figure(row: number, column: number, printed: string | undefined, source?: string): void {
    if (printed === undefined || printed === "") {
      if (source) this.set(row, column, { source, format: figureFormat(this.blankFigureDecimals), align: "right" });
      return;
    }
    this.set(row, column, { value: Number(printed), format: figureFormat(decimalsOf(printed)), align: "right", ...(source ? { source } : {}) });
  }

  /** A printed percentage ("77.31") as the fraction Excel shows as 77.31%. */
  percent(row: number, column: number, printed: string | undefined): void {
    if (printed === undefined) return;
    const decimals = decimalsOf(printed);
    // (Shifted exactly: 69.37 / 100 in floating point is 0.6937000000000001.)
    this.set(row, column, { value: new Decimal(printed).div(100).toNumber(), format: `0.${"0".repeat(Math.max(2, decimals))}%`, align: "right" });
  }

  formula(row: number, column: number, formula: FormulaSpec, format: string): void {
    this.set(row, column, { formula, format, align: "right" });
  }

  header(row: number, columns: string[], from = 0): void {
    columns.forEach((label, i) => this.set(row, from + i, { value: label, format: "@", header: true, bold: true, align: "center" }));
  }

  private readonly merged: [number, number, number, number][] = [];

  /** Merges a range; a range overlapping an earlier merge is a layout bug. */
  merge(fromRow: number, fromColumn: number, toRow: number, toColumn: number): void {
    if (fromRow === toRow && fromColumn === toColumn) return;
    const overlaps = this.merged.some(([r1, c1, r2, c2]) => fromRow <= r2 && toRow >= r1 && fromColumn <= c2 && toColumn >= c1);
    if (overlaps) throw new Error(`${this.name}: merge ${cellRef(fromRow, fromColumn)}:${cellRef(toRow, toColumn)} overlaps another`);
    this.merged.push([fromRow, fromColumn, toRow, toColumn]);
    this.merges.push(`${cellRef(fromRow, fromColumn)}:${cellRef(toRow, toColumn)}`);
  }

  flag(row: number, column: number, flag: CellFlag): void {
    const existing = this.get(row, column)?.flag;
    if (!existing) {
      this.set(row, column, { flag });
      return;
    }
    // Several findings on one cell: the most severe colours it, every note is kept.
    const severity = SEVERITY_ORDER.indexOf(flag.severity) < SEVERITY_ORDER.indexOf(existing.severity) ? flag.severity : existing.severity;
    this.set(row, column, { flag: { severity, note: [existing.note, flag.note].filter(Boolean).join("\n—\n") } });
  }

  build(): SheetLayout {
    const width = Math.max(0, ...this.rows.map((r) => r.length));
    for (const row of this.rows) while (row.length < width) row.push({});
    return { key: this.key, name: this.name, rows: this.rows, merges: this.merges, widths: this.widths, frozenRows: this.frozenRows };
  }
}

/** The number format of a figure with these decimals: "#,##0", "#,##0.00". */
function figureFormat(decimals: number): string {
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}
