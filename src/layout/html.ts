/**
 * A sheet layout as an HTML table: merged cells, number formats, flag fills and notes (as
 * tooltips). The task pane's preview mode shows the standard sheets this way outside Excel.
 */
import { nativeFormula } from "./formulas";
import { FLAG_FILLS, HEADER_FILL, cellRef, parseRange, type LayoutCell, type SheetLayout } from "./types";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A number as an Excel format would show it ("#,##0.00", "0.00%", "0", "#,##0"). */
export function formatValue(value: string | number | undefined, format?: string): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  if (format?.endsWith("%")) {
    const decimals = (format.split(".")[1] ?? "").replace("%", "").length;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  const decimals = format?.includes(".") ? format.split(".")[1].length : 0;
  const fixed = value.toFixed(decimals);
  if (!format || !format.includes(",")) return fixed;
  const [whole, fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

function cellHtml(cell: LayoutCell, span: string, address: string): string {
  const styles: string[] = [];
  if (cell.flag) styles.push(`background:#${FLAG_FILLS[cell.flag.severity]}`);
  else if (cell.header) styles.push(`background:#${HEADER_FILL}`);
  if (cell.bold || cell.header) styles.push("font-weight:600");
  const align = cell.align ?? (typeof cell.value === "number" || cell.formula ? "right" : "left");
  styles.push(`text-align:${align}`);
  const text = cell.formula ? nativeFormula(cell.formula) : formatValue(cell.value, cell.format);
  const title = cell.flag?.note ? ` title="${escape(cell.flag.note)}"` : "";
  const flag = cell.flag ? ` data-flag="${cell.flag.severity}"` : "";
  const source = cell.source ? ` data-source="${escape(cell.source)}" contenteditable="plaintext-only" spellcheck="false"` : "";
  const inner = cell.link ? `<a href="#${escape(cell.link.sheet)}!${cell.link.cell}">${escape(text)}</a>` : cell.formula ? `<span class="formula">${escape(text)}</span>` : escape(text);
  return `<td data-cell="${address}"${span}${flag}${source}${title} style="${styles.join(";")}">${inner}</td>`;
}

export function sheetToHtml(sheet: SheetLayout): string {
  const covered = new Set<string>();
  const spans = new Map<string, string>();
  for (const range of sheet.merges) {
    const parsed = parseRange(range);
    if (!parsed) continue;
    const [r1, c1, r2, c2] = parsed;
    spans.set(`${r1},${c1}`, `${r2 > r1 ? ` rowspan="${r2 - r1 + 1}"` : ""}${c2 > c1 ? ` colspan="${c2 - c1 + 1}"` : ""}`);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) covered.add(`${r},${c}`);
  }
  const rows = sheet.rows.map((row, r) => {
    const cells = row
      .map((cell, c) => (covered.has(`${r},${c}`) ? "" : cellHtml(cell, spans.get(`${r},${c}`) ?? "", cellRef(r, c))))
      .join("");
    return `<tr>${cells}</tr>`;
  });
  const widths = sheet.widths.map((w) => Math.round(w * 7.5));
  const cols = widths.map((w) => `<col style="width:${w}px">`).join("");
  const total = widths.reduce((a, b) => a + b, 0);
  return `<table class="sheet" data-sheet="${escape(sheet.name)}" style="width:${total}px;table-layout:fixed"><colgroup>${cols}</colgroup><tbody>${rows.join("")}</tbody></table>`;
}
