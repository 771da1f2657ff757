/**
 * The import as a plan: what to write into which new sheet, as whole 2-D blocks — formulas and
 * values, number formats, cell properties (fills, fonts, alignment, links) — plus merges, widths,
 * frozen rows and notes. Pure: computed from the layout and the names the workbook already has,
 * so it can be tested without Excel. excel-writer.ts executes it.
 */
import { addinFormula } from "../../src/layout/formulas";
import { FLAG_FILLS, HEADER_FILL, cellRef, quoteSheetName, type LayoutCell, type SheetLayout, type WorkbookLayout } from "../../src/layout/types";

export interface PlannedCellProperties {
  format?: {
    fill?: { color: string };
    font?: { bold?: boolean; color?: string; underline?: "Single" | "None" };
    horizontalAlignment?: "Left" | "Center" | "Right" | "General";
    wrapText?: boolean;
  };
  hyperlink?: { documentReference: string; textToDisplay: string };
}

export interface SheetPlan {
  /** The key of the layout sheet ("table-3"). */
  key: string;
  /** The name the sheet gets: the layout's, or the next free one ("表1 收支总体 (2)"). */
  name: string;
  /** The block written, from A1 ("A1:P40"). */
  address: string;
  formulas: (string | number)[][];
  numberFormat: string[][];
  cellProperties: PlannedCellProperties[][];
  merges: string[];
  /** Column widths in points. */
  widths: number[];
  frozenRows?: number;
  /** Notes on flagged cells: address within the sheet and text. */
  notes: { address: string; text: string }[];
}

export interface ImportPlan {
  sheets: SheetPlan[];
  /** Every cell this import flagged, "Sheet!A1" → severity, so a re-check replaces only its own flags. */
  flags: Record<string, string>;
}

/** The next name not taken: "表1 收支总体", then "表1 收支总体 (2)", "(3)" … (≤ 31 characters). */
export function freeName(name: string, taken: Set<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** Text that Excel would read as a formula or a number sign: kept as text with a leading apostrophe. */
function asText(value: string): string {
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}

function renamed(reference: string, names: Map<string, string>): string {
  let result = reference;
  for (const [from, to] of names) if (from !== to) result = result.split(`${quoteSheetName(from)}!`).join(`${quoteSheetName(to)}!`);
  return result;
}

function cellProperties(cell: LayoutCell, names: Map<string, string>): PlannedCellProperties {
  const format: NonNullable<PlannedCellProperties["format"]> = {};
  if (cell.header) format.fill = { color: `#${HEADER_FILL}` };
  if (cell.flag) format.fill = { color: `#${FLAG_FILLS[cell.flag.severity]}` };
  if (cell.bold || cell.header) format.font = { bold: true };
  if (cell.align) format.horizontalAlignment = cell.align === "left" ? "Left" : cell.align === "center" ? "Center" : "Right";
  if (cell.header) format.wrapText = true;
  const properties: PlannedCellProperties = Object.keys(format).length > 0 ? { format } : {};
  if (cell.link) {
    const sheet = names.get(cell.link.sheet) ?? cell.link.sheet;
    properties.hyperlink = { documentReference: `${quoteSheetName(sheet)}!${cell.link.cell}`, textToDisplay: String(cell.value ?? "") };
    properties.format = { ...properties.format, font: { ...properties.format?.font, color: "#0563C1", underline: "Single" } };
  }
  return properties;
}

function planSheet(sheet: SheetLayout, names: Map<string, string>): SheetPlan {
  const width = Math.max(1, sheet.rows[0]?.length ?? 1);
  const height = Math.max(1, sheet.rows.length);
  const formulas: (string | number)[][] = [];
  const numberFormat: string[][] = [];
  const properties: PlannedCellProperties[][] = [];
  const notes: SheetPlan["notes"] = [];
  for (let r = 0; r < height; r++) {
    const row = sheet.rows[r] ?? [];
    formulas.push([]);
    numberFormat.push([]);
    properties.push([]);
    for (let c = 0; c < width; c++) {
      const cell = row[c] ?? {};
      let value: string | number = "";
      if (cell.formula) value = renamed(addinFormula(cell.formula), names);
      else if (typeof cell.value === "number") value = cell.value;
      else if (typeof cell.value === "string") value = asText(cell.value);
      formulas[r].push(value);
      numberFormat[r].push(cell.format ?? "General");
      properties[r].push(cellProperties(cell, names));
      if (cell.flag?.note) notes.push({ address: cellRef(r, c), text: cell.flag.note });
    }
  }
  return {
    key: sheet.key,
    name: names.get(sheet.name)!,
    address: `A1:${cellRef(height - 1, width - 1)}`,
    formulas,
    numberFormat,
    cellProperties: properties,
    merges: sheet.merges,
    // Excel's column width is in points; a character is about 7 points wide.
    widths: sheet.widths.map((w) => Math.round(w * 7)),
    frozenRows: sheet.frozenRows,
    notes,
  };
}

export function planImport(layout: WorkbookLayout, existingNames: string[]): ImportPlan {
  const taken = new Set(existingNames);
  const names = new Map<string, string>();
  for (const sheet of layout.sheets) {
    const name = freeName(sheet.name, taken);
    taken.add(name);
    names.set(sheet.name, name);
  }
  const sheets = layout.sheets.map((sheet) => planSheet(sheet, names));
  const flags: Record<string, string> = {};
  for (const sheet of layout.sheets) {
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.flag) flags[`${quoteSheetName(names.get(sheet.name)!)}!${cellRef(r, c)}`] = cell.flag.severity;
      }),
    );
  }
  return { sheets, flags };
}
