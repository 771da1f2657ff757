/**
 * The tables whose rows are named, not coded: 表10 ("三公" 经费, including the Shanghai one-row
 * layout) and 表11 (上年结转结余).
 */
import { solveColumns, type SolverRow } from "./column-solver";
import type { LocatedTable } from "./locate-tables";
import { emptyNote, isTabTable } from "./read-tables";
import { cellsByPosition, isFigure, keepsBlankCells, looksLikeFigure, normalizeFigure, readFlatRows, readTabRows, unreadableNote } from "./table-body";
import { STANDARD_COLUMNS, THREE_PUBLIC_ROWS } from "./table-specs";
import { compact, type TextLine } from "./text-lines";
import type { CodedRow, ColumnTable, KeyedRow } from "./types";

function namedRows(table: LocatedTable) {
  return isTabTable(table.lines) ? readTabRows(table.lines, { unit: table.unit, named: true }) : readFlatRows(table.lines, { unit: table.unit, named: true });
}

/**
 * The Shanghai layout prints "三公" 经费 as one row of figures under a two-level header:
 * 合计, 因公出国(境)费, 公务接待费, 公务用车购置及运行费 (小计, 购置费, 运行费), then 机关运行经费.
 */
function readHorizontalThreePublic(lines: TextLine[]): ColumnTable | undefined {
  const figuresLine = lines.find((l) => {
    const tokens = l.cells ?? l.text.split(/\s+/);
    return tokens.filter(isFigure).length >= 6 && tokens.every((t) => t === "" || isFigure(t));
  });
  if (!figuresLine) return undefined;
  const values = (figuresLine.cells ?? figuresLine.text.split(/\s+/)).filter(isFigure).map(normalizeFigure);
  const keys: [string, string][] = [
    ["total", "合计"],
    ["outbound", "因公出国（境）费"],
    ["reception", "公务接待费"],
    ["vehicles", "公务用车购置及运行费（小计）"],
    ["vehicle_purchase", "其中：公务用车购置费"],
    ["vehicle_operation", "公务用车运行费"],
    ["office_operation", "机关运行经费"],
  ];
  const rows: KeyedRow[] = keys.slice(0, values.length).map(([key, label], i) => ({ key, label, total: values[i] }));
  return { status: "present", columns: ["total"], rows, notes: ["表10 按横排表头读取：合计、因公出国（境）费、公务接待费、公务用车购置及运行费（小计、购置费、运行费）、机关运行经费 / read from a one-row layout"] };
}

export function readThreePublicTable(table: LocatedTable): ColumnTable {
  const spec = STANDARD_COLUMNS["10"]!;
  const lines = table.lines;
  const horizontal = readHorizontalThreePublic(lines);
  if (horizontal) return horizontal;
  const rows: KeyedRow[] = [];
  const figures: string[][] = [];
  let next = 0;
  // Each label line is a row; figures follow the label on its line (or on the lines after it).
  for (const line of lines) {
    const text = line.flat;
    if (/^(备注|注)[:：]/.test(text)) break;
    const labelText = line.cells ? (line.cells[0] ?? "") : line.text.split(/\s+/).filter((t) => !isFigure(t)).join("");
    const values = (line.cells ?? line.text.split(/\s+/)).filter(isFigure).map(normalizeFigure);
    const k = THREE_PUBLIC_ROWS.findIndex((r, i) => i >= next && r.pattern.test(labelText) && (i > 0 || rows.length === 0));
    if (k >= 0 && labelText.length <= 30 && !/经费支出内容|资金来源/.test(labelText)) {
      rows.push({ key: THREE_PUBLIC_ROWS[k].key, label: labelText });
      figures.push(values);
      next = k + 1;
    } else if (rows.length > 0 && values.length > 0 && labelText === "") {
      figures[figures.length - 1].push(...values);
    } else if (rows.length > 0 && labelText && values.length === 0) {
      // A wrapped label: "公务用车购置及运行费" / "（小计）".
      rows[rows.length - 1].label += labelText;
    }
  }
  const index = (key: string) => rows.findIndex((r) => r.key === key);
  const solverRows: SolverRow[] = rows.map((r, i) => {
    const parentKey = THREE_PUBLIC_ROWS.find((d) => d.key === r.key)?.parent;
    return { figures: figures[i], parent: parentKey ? index(parentKey) : -1, label: `表10 ${r.label}` };
  });
  const totalRow = index("total");
  solverRows.forEach((row) => {
    if (row.parent === totalRow) row.parent = -1;
  });
  const solved = solveColumns({ columns: spec.columns, identities: spec.identities, rows: solverRows, totalRow, blankTotalsAreEmpty: true });
  rows.forEach((row, i) => Object.assign(row, solved.cells[i]));
  const hasFigures = figures.some((f) => f.length > 0);
  const result: ColumnTable = { status: hasFigures ? "present" : "empty", columns: spec.columns, rows };
  const note = emptyNote(lines);
  if (note && !hasFigures) result.note = note;
  if (solved.notes.length > 0) result.notes = solved.notes;
  return result;
}

export function readCarryoverTable(table: LocatedTable): ColumnTable {
  const spec = STANDARD_COLUMNS["11"]!;
  const { rows: body, trailing } = namedRows(table);
  // Rows with figures (a misprinted one counts: it is noted, not dropped).
  const named = body.filter((r) => r.figures.length > 0 || (r.cells ?? []).some((c) => isFigure(c) || looksLikeFigure(c)));
  const notes: string[] = [];
  // TAB text keeps each figure's cell: where it keeps blank cells too, the positions hold.
  const positional = keepsBlankCells(table.lines);
  let totalRow = -1;
  const solverRows: SolverRow[] = named.map((r, i) => {
    const label = `表11 ${compact(r.text)}`;
    if (/^(合计|总计)/.test(compact(r.text))) totalRow = i;
    if (!r.cells) return { figures: r.figures, parent: -1, label };
    const fixed = positional ? cellsByPosition(r.cells, spec.columns, (column, printed) => notes.push(unreadableNote(`${label} [${column}]`, printed))) : undefined;
    return { figures: r.cells.filter(isFigure).map(normalizeFigure), fixed, parent: -1, label };
  });
  const solved = solveColumns({
    columns: spec.columns,
    identities: spec.identities,
    rows: solverRows,
    totalRow,
    blankTotalsAreEmpty: true,
    preference: spec.preference,
  });
  const rows: CodedRow[] = [];
  let total: Record<string, string> = {};
  named.forEach((r, i) => {
    if (i === totalRow) total = solved.cells[i];
    else rows.push({ name: r.text, ...solved.cells[i] });
  });
  const hasFigures = named.length > 0;
  const result: ColumnTable = { status: hasFigures ? "present" : "empty", columns: spec.columns, rows, total_row: total };
  const note = emptyNote(trailing.length > 0 ? trailing : table.lines);
  if (note && !hasFigures) result.note = note;
  notes.push(...solved.notes);
  if (notes.length > 0) result.notes = notes;
  return result;
}

