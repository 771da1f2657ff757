/**
 * Writes a workbook layout to an .xlsx file with ExcelJS's streaming writer (row by row, so a batch
 * summary of thousands of findings stays fast and small in memory): values, number formats,
 * merges, widths, frozen header rows, native formulas, flag fills with cell notes, internal links.
 */
import ExcelJS from "exceljs";
import { evaluateFormula, nativeFormula } from "../layout/formulas";
import { FLAG_FILLS, HEADER_FILL, quoteSheetName, type LayoutCell, type SheetLayout, type WorkbookLayout } from "../layout/types";


/** Looks up a cell of the layout by reference ("C5" in the same sheet, "'表1 收支总体'!B35"), computing formulas. */
function resolver(layout: WorkbookLayout, sheet: SheetLayout): (reference: string) => unknown {
  const resolve = (current: SheetLayout, reference: string, depth: number): unknown => {
    const match = reference.match(/^(?:'((?:[^']|'')+)'!)?([A-Z]+)(\d+)$/);
    if (!match || depth > 8) return undefined;
    const target = match[1] ? layout.sheets.find((s) => s.name === match[1].replace(/''/g, "'")) : current;
    const column = [...match[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const cell = target?.rows[Number(match[3]) - 1]?.[column];
    if (!cell) return undefined;
    if (cell.formula) return evaluateFormula(cell.formula, (r) => resolve(target!, r, depth + 1));
    return cell.value;
  };
  return (reference) => resolve(sheet, reference, 0);
}

function writeCell(cell: ExcelJS.Cell, layout: LayoutCell, lookup: (reference: string) => unknown): void {
  if (layout.formula) {
    const result = evaluateFormula(layout.formula, lookup);
    cell.value = { formula: nativeFormula(layout.formula).slice(1), ...(result !== undefined ? { result } : {}) } as ExcelJS.CellFormulaValue;
  } else if (layout.link && layout.value !== undefined) {
    const target = `#${quoteSheetName(layout.link.sheet)}!${layout.link.cell}`;
    cell.value = { text: String(layout.value), hyperlink: target } as ExcelJS.CellHyperlinkValue;
    cell.font = { color: { argb: "FF0563C1" }, underline: true };
  } else if (layout.value !== undefined) {
    // Text stays text: ExcelJS writes a string as a string, never as a formula.
    cell.value = layout.value;
  }
  if (layout.format) cell.numFmt = layout.format;
  if (layout.bold) cell.font = { ...(cell.font ?? {}), bold: true };
  if (layout.align) cell.alignment = { horizontal: layout.align, vertical: "middle", wrapText: false };
  if (layout.header) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${HEADER_FILL}` } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  if (layout.flag) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${FLAG_FILLS[layout.flag.severity]}` } };
    if (layout.flag.note) cell.note = layout.flag.note;
  }
}

export async function writeWorkbookFile(layout: WorkbookLayout, path: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  workbook.creator = "BudgetLens 预算透镜";
  for (const sheet of layout.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, sheet.frozenRows ? { views: [{ state: "frozen", ySplit: sheet.frozenRows }] } : {});
    const lookup = resolver(layout, sheet);
    sheet.widths.forEach((width, c) => (worksheet.getColumn(c + 1).width = width));
    for (const range of sheet.merges) worksheet.mergeCells(range);
    sheet.rows.forEach((row, r) => {
      const line = worksheet.getRow(r + 1);
      row.forEach((cell, c) => {
        if (Object.keys(cell).length > 0) writeCell(line.getCell(c + 1), cell, lookup);
      });
      line.commit();
    });
    worksheet.commit();
  }
  await workbook.commit();
}
