/**
 * The only code that calls Office.js: executes an import plan as batched Excel calls — whole 2-D
 * blocks per sheet, formats and cell properties as matrices, calculation suspended — in two syncs
 * (the names the workbook has, then everything else). A failed import removes the sheets it added.
 */
import { cellRef, type WorkbookLayout } from "../../src/layout/types";
import { planImport, type ImportPlan } from "./import-plan";

export type NotesSupport = "notes" | "comments" | "none";

/** Notes (ExcelApi 1.18), else threaded comments (1.10), else fills and the pane's list only. */
export function notesSupport(): NotesSupport {
  const supported = (version: string) => typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported?.("ExcelApi", version);
  if (supported("1.18")) return "notes";
  if (supported("1.10")) return "comments";
  return "none";
}

export const FLAGS_SETTING = "budgetlens.flags";

/** "C" for column index 2. */
const columnName = (index: number) => cellRef(0, index).replace(/\d+$/, "");

export async function existingSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((sheet) => sheet.name);
}

/** Queues the whole plan and syncs once. */
export async function writePlan(context: Excel.RequestContext, plan: ImportPlan, notes: NotesSupport): Promise<void> {
  context.application.suspendApiCalculationUntilNextSync();
  for (const sheet of plan.sheets) {
    const worksheet = context.workbook.worksheets.add(sheet.name);
    const range = worksheet.getRange(sheet.address);
    // Formats first, so that text stays text when the values arrive.
    range.numberFormat = sheet.numberFormat;
    range.formulas = sheet.formulas;
    range.setCellProperties(sheet.cellProperties as Excel.SettableCellProperties[][]);
    for (const merged of sheet.merges) worksheet.getRange(merged).merge(false);
    sheet.widths.forEach((width, i) => (worksheet.getRange(`${columnName(i)}:${columnName(i)}`).format.columnWidth = width));
    if (sheet.frozenRows) worksheet.freezePanes.freezeRows(sheet.frozenRows);
    for (const note of sheet.notes) {
      if (notes === "notes") context.workbook.notes.add(worksheet.getRange(note.address), note.text);
      else if (notes === "comments") context.workbook.comments.add(worksheet.getRange(note.address), note.text);
    }
  }
  context.workbook.settings.add(FLAGS_SETTING, JSON.stringify(plan.flags));
  if (plan.sheets.length > 0) context.workbook.worksheets.getItem(plan.sheets[0].name).activate();
  await context.sync();
}

/** Removes the sheets a failed import added (it never touches a sheet that was there before). */
async function removeAdded(context: Excel.RequestContext, plan: ImportPlan, before: string[]): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const planned = new Set(plan.sheets.map((s) => s.name));
  for (const sheet of sheets.items) if (planned.has(sheet.name) && !before.includes(sheet.name)) sheet.delete();
  await context.sync();
}

export interface ImportResult {
  plan: ImportPlan;
  /** context.sync calls made: 2 for an import (3–4 when a failure is undone). */
  syncs: number;
}

/** Imports a workbook layout into the open workbook. */
export async function importLayout(context: Excel.RequestContext, layout: WorkbookLayout, notes: NotesSupport = notesSupport()): Promise<ImportResult> {
  let syncs = 0;
  const sync = context.sync.bind(context);
  (context as { sync: () => Promise<void> }).sync = async () => {
    syncs++;
    await sync();
  };
  try {
    const before = await existingSheetNames(context);
    const plan = planImport(layout, before);
    try {
      await writePlan(context, plan, notes);
    } catch (error) {
      await removeAdded(context, plan, before);
      throw error;
    }
    return { plan, syncs };
  } finally {
    (context as { sync: () => Promise<void> }).sync = sync;
  }
}

/** Selects a cell ("'表3 支出总体'!E7"). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}
