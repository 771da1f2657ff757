/**
 * Writes a workbook layout to an .xlsx file with ExcelJS's streaming writer (row by row, so a batch
 * summary of thousands of findings stays fast and small in memory): values, number formats,
 * merges, widths, frozen header rows, native formulas, flag fills with cell notes, internal links.
 */
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createWriteStream, rmSync, renameSync, type WriteStream } from "node:fs";
import { basename, dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { evaluateFormula, nativeFormula } from "../layout/formulas";
import { FLAG_FILLS, HEADER_FILL, columnIndex, parseRange, quoteSheetName, type LayoutCell, type SheetLayout, type WorkbookLayout } from "../layout/types";

/** Looks up a cell of the layout by reference ("C5" in the same sheet, "'表1 收支总体'!B35"), computing formulas. */
function resolver(layout: WorkbookLayout, sheet: SheetLayout): (reference: string) => unknown {
  const resolve = (current: SheetLayout, reference: string, depth: number): unknown => {
    const match = reference.match(/^(?:'((?:[^']|'')+)'!)?([A-Z]+)(\d+)$/);
    if (!match || depth > 8) return undefined;
    const target = match[1] ? layout.sheets.find((s) => s.name === match[1].replace(/''/g, "'")) : current;
    const column = columnIndex(match[2]);
    const cell = target?.rows[Number(match[3]) - 1]?.[column];
    if (!cell) return undefined;
    if (cell.formula) return evaluateFormula(cell.formula, (r) => resolve(target!, r, depth + 1));
    return cell.value;
  };
  return (reference) => resolve(sheet, reference, 0);
}

/**
 * The cell's style: one shared object per combination. ExcelJS recognises a style object it has
 * seen before by identity, so shared objects spare it rendering every cell's style anew (most of
 * the time a large summary took). The objects are never changed after they are made.
 */
function styleFor(layout: LayoutCell, link: boolean, styles: Map<string, Partial<ExcelJS.Style>>): Partial<ExcelJS.Style> {
  const key = `${layout.format ?? ""}|${link}|${layout.bold ?? ""}|${layout.align ?? ""}|${layout.header ?? ""}|${layout.flag?.severity ?? ""}`;
  let style = styles.get(key);
  if (style) return style;
  style = {};
  if (layout.format) style.numFmt = layout.format;
  if (link) style.font = { color: { argb: "FF0563C1" }, underline: true };
  if (layout.bold) style.font = { ...(style.font ?? {}), bold: true };
  if (layout.align) style.alignment = { horizontal: layout.align, vertical: "middle", wrapText: false };
  if (layout.header) {
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${HEADER_FILL}` } };
    style.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  if (layout.flag) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${FLAG_FILLS[layout.flag.severity]}` } };
  styles.set(key, style);
  return style;
}

function writeCell(cell: ExcelJS.Cell, layout: LayoutCell, lookup: (reference: string) => unknown, styles: Map<string, Partial<ExcelJS.Style>>): void {
  const link = Boolean(layout.link && layout.value !== undefined && !layout.formula);
  if (layout.formula) {
    const result = evaluateFormula(layout.formula, lookup);
    cell.value = { formula: nativeFormula(layout.formula).slice(1), ...(result !== undefined ? { result } : {}) } as ExcelJS.CellFormulaValue;
  } else if (link) {
    const target = `#${quoteSheetName(layout.link!.sheet)}!${layout.link!.cell}`;
    cell.value = { text: String(layout.value), hyperlink: target } as ExcelJS.CellHyperlinkValue;
  } else if (layout.value !== undefined) {
    // Text stays text: ExcelJS writes a string as a string, never as a formula.
    cell.value = layout.value;
  }
  cell.style = styleFor(layout, link, styles) as ExcelJS.Style;
  if (layout.flag?.note) cell.note = layout.flag.note;
}

/**
 * The merges' cells by row (1-based): the first cell of each merge (its columns), and the cells a
 * merge covers besides (column, and the first cell as "row,column").
 */
function mergedCells(merges: string[]): { covered: Map<number, [number, string][]>; firsts: Map<number, number[]> } {
  const covered = new Map<number, [number, string][]>();
  const firsts = new Map<number, number[]>();
  for (const range of merges) {
    const parsed = parseRange(range);
    if (!parsed) continue;
    // 1-based, as ExcelJS counts rows and columns.
    const [top, left, bottom, right] = parsed.map((n) => n + 1);
    if (!firsts.has(top)) firsts.set(top, []);
    firsts.get(top)!.push(left);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue;
        if (!covered.has(r)) covered.set(r, []);
        covered.get(r)!.push([c, `${top},${left}`]);
      }
    }
  }
  return { covered, firsts };
}

/**
 * The workbook is written beside `path` and renamed onto it once whole: a write that fails (a full
 * disk, a folder that is not there) leaves no half-written file, and a file already at `path` stays
 * as it was until the new one replaces it.
 */
export async function writeWorkbookFile(layout: WorkbookLayout, path: string): Promise<void> {
  const partial = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.partial`);
  try {
    await writeTo(layout, partial);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

async function writeTo(layout: WorkbookLayout, path: string): Promise<void> {
  // The file's own stream, so that a failure to open it (ENOENT, EACCES) rejects here rather than
  // being thrown where no one listens.
  const file = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => file.on("error", reject));
  failed.catch(() => undefined);
  try {
    await Promise.race([writeSheets(layout, file), failed]);
  } catch (error) {
    // Closed before the caller removes it: a stream still opening would create the file after.
    if (!file.closed) {
      file.destroy();
      await once(file, "close");
    }
    throw error;
  }
}

async function writeSheets(layout: WorkbookLayout, file: WriteStream): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: file, useStyles: true, useSharedStrings: false });
  workbook.creator = "BudgetLens 预算透镜";
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const sheet of layout.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, sheet.frozenRows ? { views: [{ state: "frozen", ySplit: sheet.frozenRows }] } : {});
    const lookup = resolver(layout, sheet);
    sheet.widths.forEach((width, c) => (worksheet.getColumn(c + 1).width = width));
    for (const range of sheet.merges) worksheet.mergeCells(range);
    // The cells a merge covers take their first cell's style, as ExcelJS gives them on merging.
    // (A merge's first row may be committed before the rows it covers: its style is kept here.)
    const { covered, firsts } = mergedCells(sheet.merges);
    const firstStyles = new Map<string, Partial<ExcelJS.Style>>();
    sheet.rows.forEach((row, r) => {
      const line = worksheet.getRow(r + 1);
      row.forEach((cell, c) => {
        if (Object.keys(cell).length > 0) writeCell(line.getCell(c + 1), cell, lookup, styles);
      });
      for (const c of firsts.get(r + 1) ?? []) firstStyles.set(`${r + 1},${c}`, line.getCell(c).style);
      for (const [c, first] of covered.get(r + 1) ?? []) line.getCell(c).style = firstStyles.get(first) as ExcelJS.Style;
      line.commit();
    });
    worksheet.commit();
  }
  await workbook.commit();
}
