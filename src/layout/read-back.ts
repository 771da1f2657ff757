/**
 * Re-check: the figures as the sheets now hold them (an analyst may have corrected some), read
 * back into the reading through each cell's source, so that the rules check them again.
 */
import { decimalsOf, unitDecimals } from "../amount";
import type { Reading, TableId } from "../reader/types";
import type { WorkbookLayout } from "./types";

/**
 * A cell value as a printed figure. The rules judge rounding by the printed decimals, so an untouched
 * figure comes back exactly as printed; a correction takes the printed decimals (or its own, where it
 * has more); a cell that was blank takes its table's (none in 元, two in 万元).
 */
function asFigure(value: unknown, before: string | undefined, blankDecimals: number): string | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "string") {
    const cleaned = value.replace(/,/g, "").trim();
    return /^-?\d+(\.\d+)?$/.test(cleaned) ? cleaned : undefined;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  // Untouched: the form it was printed in ("05.62", "0", "173.542").
  if (before !== undefined && Number(before) === value) return before;
  const decimals = before === undefined ? blankDecimals : decimalsOf(before);
  const text = value.toFixed(decimals);
  // A correction with more decimals than printed keeps them (up to 15 significant digits).
  return Number(text) === value ? text : String(Number(value.toPrecision(15)));
}

function setPath(root: Record<string, unknown>, path: string, value: string | undefined): void {
  const parts = path.split(".");
  let node: Record<string, unknown> = root;
  for (const part of parts.slice(0, -1)) {
    if (node[part] === undefined || typeof node[part] !== "object" || node[part] === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  const key = parts[parts.length - 1];
  if (value === undefined) delete node[key];
  else node[key] = value;
}

function getPath(root: Record<string, unknown>, path: string): string | undefined {
  let node: unknown = root;
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : undefined;
}

/**
 * The reading with every sourced figure replaced by what its sheet holds now. `values` gives each
 * sheet's cells by sheet key, from A1 (as Excel's range.values returns them).
 */
export function readingFromSheets(reading: Reading, layout: WorkbookLayout, values: Map<string, unknown[][]>): Reading {
  const updated = structuredClone(reading) as Reading;
  const root = updated as unknown as Record<string, unknown>;
  for (const sheet of layout.sheets) {
    const sheetValues = values.get(sheet.key);
    if (!sheetValues) continue;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell.source) return;
        const table = /^tables\.(\d+)\./.exec(cell.source)?.[1] as TableId | undefined;
        const blankDecimals = unitDecimals(table && reading.tables[table]?.unit);
        setPath(root, cell.source, asFigure(sheetValues[r]?.[c], getPath(root, cell.source), blankDecimals));
      }),
    );
  }
  updated.findings = [];
  return updated;
}
