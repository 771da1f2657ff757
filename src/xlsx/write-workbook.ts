/**
 * Writes a workbook layout to an .xlsx file with ExcelJS: values, number formats, merges, widths,
 * frozen header rows, native formulas, flag fills with cell notes, internal hyperlinks.
 */
import ExcelJS from "exceljs";
import { nativeFormula } from "../layout/formulas";
import { FLAG_FILLS, type LayoutCell, type WorkbookLayout } from "../layout/types";

const HEADER_FILL = "FFE8EEF4";

function writeCell(cell: ExcelJS.Cell, layout: LayoutCell): void {
  if (layout.formula) {
    cell.value = { formula: nativeFormula(layout.formula).slice(1) } as ExcelJS.CellFormulaValue;
  } else if (layout.link && layout.value !== undefined) {
    const target = `#'${layout.link.sheet.replace(/'/g, "''")}'!${layout.link.cell}`;
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
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  if (layout.flag) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${FLAG_FILLS[layout.flag.severity]}` } };
    if (layout.flag.note) cell.note = layout.flag.note;
  }
}

export function workbookFromLayout(layout: WorkbookLayout): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "BudgetLens 预算透镜";
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of layout.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, sheet.frozenRows ? { views: [{ state: "frozen", ySplit: sheet.frozenRows }] } : {});
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (Object.keys(cell).length > 0) writeCell(worksheet.getCell(r + 1, c + 1), cell);
      });
    });
    for (const range of sheet.merges) worksheet.mergeCells(range);
    sheet.widths.forEach((width, c) => (worksheet.getColumn(c + 1).width = width));
  }
  return workbook;
}

export async function writeWorkbookFile(layout: WorkbookLayout, path: string): Promise<void> {
  await workbookFromLayout(layout).xlsx.writeFile(path);
}
