/**
 * Re-check inside Excel: read the standard sheets back (the analyst's corrections count), run the
 * rules again, and replace BudgetLens's own flags — never a fill or note the user made. Two syncs:
 * one to read values, current fills and notes, one to write.
 */
import { buildWorkbook } from "../../src/layout/build-workbook";
import { readingFromSheets } from "../../src/layout/read-back";
import { FLAG_FILLS, HEADER_FILL, cellRef, quoteSheetName, type WorkbookLayout } from "../../src/layout/types";
import type { Reading } from "../../src/reader/types";
import { checkReading } from "../../src/rules/check";
import type { Finding } from "../../src/rules/types";
import { FLAGS_SETTING, type NotesSupport } from "./excel-writer";
import type { ImportPlan } from "./import-plan";
import { planImport } from "./import-plan";

/** Notes BudgetLens writes start with the severity: "错误 / error". */
const OWN_NOTE = /^(错误|提示|舍入|说明) \/ (error|warning|rounding|info)/;
const OWN_FILLS = new Set(Object.values(FLAG_FILLS).map((hex) => `#${hex}`.toUpperCase()));

function splitAddress(address: string): { sheet: string; cell: string } {
  const at = address.lastIndexOf("!");
  return { sheet: address.slice(0, at).replace(/^'|'$/g, "").replace(/''/g, "'"), cell: address.slice(at + 1) };
}

export interface RecheckResult {
  reading: Reading;
  findings: Finding[];
  layout: WorkbookLayout;
  plan: ImportPlan;
  syncs: number;
}

export async function recheck(
  context: Excel.RequestContext,
  reading: Reading,
  layout: WorkbookLayout,
  imported: ImportPlan,
  notes: NotesSupport,
): Promise<RecheckResult> {
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const sheetsByKey = new Map(imported.sheets.map((s) => [s.key, s]));
  // 1. Read: every table sheet's values; the fill and note of every cell BudgetLens flagged.
  const blocks = imported.sheets
    .filter((s) => s.key.startsWith("table-"))
    .map((s) => ({ key: s.key, range: context.workbook.worksheets.getItem(s.name).getRange(s.address).load("values") }));
  const previous = Object.keys(imported.flags).map((address) => {
    const { sheet, cell } = splitAddress(address);
    const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
    const fill = range.format.fill.load("color");
    const note = notes === "notes" ? context.workbook.notes.getItemOrNullObject(address).load("content") : undefined;
    return { range, fill, note };
  });
  await sync();

  const updated = readingFromSheets(reading, layout, new Map(blocks.map((b) => [b.key, b.range.values])));
  const findings = checkReading(updated);
  updated.findings = findings;
  const next = buildWorkbook(updated, findings);
  // Keep the imported sheet names.
  const fresh = planImport(next, []);
  const renamed = new Map(fresh.sheets.map((s) => [s.name, sheetsByKey.get(s.key)?.name ?? s.name]));
  fresh.sheets.forEach((s) => (s.name = renamed.get(s.name)!));
  const flags: Record<string, string> = {};
  for (const [address, severity] of Object.entries(fresh.flags)) {
    const { sheet, cell } = splitAddress(address);
    flags[`${quoteSheetName(renamed.get(sheet) ?? sheet)}!${cell}`] = severity;
  }
  const plan: ImportPlan = { sheets: fresh.sheets, flags };

  // 2. Write: clear BudgetLens's old flags where the cell still shows them, then flag anew.
  for (const { range, fill, note } of previous) {
    if (fill.color && OWN_FILLS.has(fill.color.toUpperCase())) range.format.fill.clear();
    if (note && !note.isNullObject && OWN_NOTE.test(note.content)) note.delete();
  }
  for (const sheet of plan.sheets) {
    const worksheet = context.workbook.worksheets.getItem(sheet.name);
    sheet.cellProperties.forEach((row, r) =>
      row.forEach((properties, c) => {
        const color = properties.format?.fill?.color;
        if (!color || color === `#${HEADER_FILL}`) return;
        worksheet.getRange(cellRef(r, c)).format.fill.color = color;
      }),
    );
    for (const note of sheet.notes) {
      if (notes === "notes") context.workbook.notes.add(worksheet.getRange(note.address), note.text);
      else if (notes === "comments") context.workbook.comments.add(worksheet.getRange(note.address), note.text);
    }
    if (sheet.key === "findings") {
      // The list of findings is rewritten whole.
      const old = sheetsByKey.get("findings");
      if (old) worksheet.getRange(old.address).clear();
      const range = worksheet.getRange(sheet.address);
      range.numberFormat = sheet.numberFormat;
      range.formulas = sheet.formulas;
      range.setCellProperties(sheet.cellProperties as Excel.SettableCellProperties[][]);
    }
  }
  context.workbook.settings.add(FLAGS_SETTING, JSON.stringify(flags));
  await sync();
  return { reading: updated, findings, layout: next, plan, syncs };
}
