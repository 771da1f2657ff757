/**
 * The tables whose rows are named, not coded: 表10 ("三公" 经费, including the Shanghai one-row
 * layout) and 表11 (上年结转结余).
 */
import { Decimal } from "../amount";
import { label as columnLabel } from "./column-names";
import { identitiesHolding, solveColumns, type RowIdentity, type SolverRow } from "./column-solver";
import type { LocatedTable } from "./locate-tables";
import { emptyNote, isTabTable } from "./read-tables";
import {
  NOTE_START,
  afterColumnNumbers,
  cellsByDashes,
  cellsByPosition,
  isBlankCell,
  isFigure,
  keepsBlankCells,
  lineFigures,
  lineTokens,
  looksLikeFigure,
  nearestEdge,
  normalizeFigure,
  readFlatRows,
  readTabRows,
  unreadableNote,
} from "./table-body";
import { STANDARD_COLUMNS, THREE_PUBLIC_ONE_ROW, THREE_PUBLIC_ROWS } from "./table-specs";
import { tableTree } from "./table-tree";
import { compact, type TextLine } from "./text-lines";
import type { CodedRow, ColumnTable, KeyedRow } from "./types";

function namedRows(table: LocatedTable) {
  return isTabTable(table.lines) ? readTabRows(table.lines, { unit: table.unit, named: true }) : readFlatRows(table.lines, { unit: table.unit, named: true });
}

/** The one-row layout's heading: 合计, 因公出国 and 公务接待 side by side. */
function isOneRowHeading(flat: string): boolean {
  return flat.length <= 40 && flat.startsWith("合计") && flat.includes("因公出国") && flat.includes("公务接待");
}

/**
 * Where the one-row layout's heading starts, and whether it is on one line. Text with one cell per
 * line prints it as "合计" / "因公出国(境)费" / "公务接待费": words only, no figure among them (a
 * vertical 表10 printed so starts the same way, but its 合计 row has its figures, or none at all).
 */
function oneRowHeading(lines: TextLine[]): { at: number; oneLine: boolean } | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].flat.startsWith("合计")) continue;
    if (isOneRowHeading(lines[i].flat)) return { at: i, oneLine: true };
    let words = "";
    for (let j = i; j < Math.min(i + 3, lines.length) && !/\d/.test(lines[j].flat); j++) {
      words += lines[j].flat;
      if (isOneRowHeading(words)) return { at: i, oneLine: false };
    }
  }
  return undefined;
}

/** A line of figures only (blank cells aside). */
function isFiguresLine(line: TextLine): boolean {
  const tokens = lineTokens(line);
  return tokens.some(isFigure) && tokens.every((t) => t === "" || isFigure(t));
}

/** The one row: the figures-only lines from `start` on (one line, or one figure a line), and their figures. */
function figuresRun(lines: TextLine[], start: number): { lines: TextLine[]; figures: string[] } {
  let end = start;
  while (end < lines.length && isFiguresLine(lines[end])) end++;
  const run = lines.slice(start, end);
  return { lines: run, figures: run.flatMap(lineFigures) };
}

/** The one-row columns' figures, where every printed figure has its column. */
type OneRowCells = Record<string, string>;

/** The rows that are sums of others: 合计 (因公出国 + 公务接待 + 公务用车) and 公务用车 (购置 + 运行). */
const ONE_ROW_SUMS: RowIdentity[] = THREE_PUBLIC_ROWS.filter((row) => THREE_PUBLIC_ROWS.some((r) => r.parent === row.key)).map((row) => ({
  total: row.key,
  parts: THREE_PUBLIC_ROWS.filter((r) => r.parent === row.key).map((r) => r.key),
}));

const sumsHolding = (cells: OneRowCells) => identitiesHolding(cells, ONE_ROW_SUMS);
const oneRowBalances = (cells: OneRowCells) => sumsHolding(cells) === ONE_ROW_SUMS.length;

/** Every way of placing the figures in the columns, in printed order. */
function orderedPlacements(figures: string[], columns: string[]): OneRowCells[] {
  const result: OneRowCells[] = [];
  const place = (f: number, from: number, cells: OneRowCells) => {
    if (f === figures.length) return void result.push({ ...cells });
    for (let c = from; c <= columns.length - (figures.length - f); c++) place(f + 1, c + 1, { ...cells, [columns[c]]: figures[f] });
  };
  place(0, 0, {});
  return result;
}

/**
 * The figures placed by where they stand on the page (a PDF's positions): each column's right edge
 * lies halfway between its centred heading and the next; figures are right-aligned. Undefined when
 * a heading has no position or two figures would share a column.
 */
function placeByHeadings(figuresLine: TextLine | undefined, heading: TextLine[], columns: typeof THREE_PUBLIC_ONE_ROW): OneRowCells | undefined {
  if (!figuresLine?.cellRight) return undefined;
  const centres: (number | undefined)[] = columns.map(() => undefined);
  for (const line of heading) {
    if (!line.cellLeft || !line.cellRight) continue;
    (line.cells ?? [line.text]).forEach((cell, i) => {
      const c = columns.findIndex((column, k) => centres[k] === undefined && column.heading.test(compact(cell)));
      if (c >= 0) centres[c] = (line.cellLeft![i] + line.cellRight![i]) / 2;
    });
  }
  if (centres.some((c) => c === undefined)) return undefined;
  const at = centres as number[];
  const edges = at.map((centre, c) => (c + 1 < at.length ? (centre + at[c + 1]) / 2 : centre + (centre - at[c - 1]) / 2));
  const cells: OneRowCells = {};
  let last = -1;
  for (const [i, token] of lineTokens(figuresLine).entries()) {
    if (!isFigure(token)) continue;
    const right = figuresLine.cellRight[i];
    const c = nearestEdge(edges, right);
    if (c <= last) return undefined;
    cells[columns[c].key] = normalizeFigure(token);
    last = c;
  }
  return cells;
}

/** How well a placement agrees with figures given for the same rows elsewhere (表6's lines, the narrative's). */
function agreementWith(cells: OneRowCells, hints: Record<string, string> | undefined): number {
  let score = 0;
  for (const [key, hint] of Object.entries(hints ?? {})) {
    if (cells[key] !== undefined) score += new Decimal(cells[key]).eq(hint) ? 2 : -1;
    else score += new Decimal(hint).isZero() ? 1 : -1;
  }
  return score;
}

/**
 * A one-row 表10 that prints fewer figures than columns (blank cells vanish): the columns from the
 * page where the text has positions, else from the arithmetic, 表6's "三公" lines deciding between
 * equals, then the figures the narrative states. What was judged is noted.
 */
function placeOneRow(
  figures: string[],
  figuresLine: TextLine | undefined,
  heading: TextLine[],
  hints: Record<string, string> | undefined,
  stated: Record<string, string> | undefined,
  notes: string[],
): OneRowCells {
  const placements = orderedPlacements(figures, THREE_PUBLIC_ONE_ROW.map((c) => c.key));
  const balanced = placements.filter(oneRowBalances);
  const byPosition = placeByHeadings(figuresLine, heading, THREE_PUBLIC_ONE_ROW);
  if (byPosition && (balanced.length === 0 || oneRowBalances(byPosition))) {
    notes.push(`表10 只印出 ${figures.length} 个数字，按页面位置定栏 / ${figures.length} figures printed, placed by their position on the page`);
    return byPosition;
  }
  if (balanced.length === 0) {
    // The document is wrong: the placement under which most of its sums hold (the rules flag the rest).
    const holding = placements.map(sumsHolding);
    notes.push("表10：合计与分项不符，按最接近的栏目读取 / the figures do not add up under any placement; read under the closest one");
    return placements[holding.indexOf(Math.max(...holding))];
  }
  const scores = balanced.map((cells) => agreementWith(cells, hints));
  const best = Math.max(...scores);
  const equals = balanced.filter((_, i) => scores[i] === best);
  // Between placements 表6 leaves equal, the one that prints what the narrative says.
  const statedScores = equals.map((cells) => agreementWith(cells, stated));
  const statedBest = Math.max(...statedScores);
  const chosen = equals[statedScores.indexOf(statedBest)];
  const ties = statedScores.filter((s) => s === statedBest).length;
  if (byPosition) notes.push("表10：按页面位置的栏目与运算不符，按运算读取 / the columns by position do not balance; read by the arithmetic");
  if (balanced.length > 1) {
    notes.push(
      ties > 1
        ? "表10：栏目分配不唯一，已取首个平衡的方案 / more than one column assignment balances"
        : equals.length === 1
          ? "表10：栏目分配不唯一，按表6 的“三公”经济科目读取 / more than one column assignment balances; 表6's \"三公\" lines decided"
          : "表10：栏目分配不唯一，按说明中所述的“三公”经费数字读取 / more than one column assignment balances; the figures the narrative states decided",
    );
  }
  return chosen;
}

/**
 * The Shanghai layout prints "三公" 经费 as one row of figures under a two-level heading:
 * 合计, 因公出国(境)费, 公务接待费, 公务用车购置及运行费 (小计, 购置费, 运行费), then 机关运行经费.
 */
function readHorizontalThreePublic(lines: TextLine[], hints: Record<string, string> | undefined, stated: Record<string, string> | undefined): ColumnTable | undefined {
  const heading = oneRowHeading(lines);
  // Without that heading, six or more figures alone (on a line, or one a line) are the one row.
  const figuresAt = heading
    ? lines.findIndex((l, i) => i > heading.at && isFiguresLine(l))
    : lines.findIndex((l, i) => isFiguresLine(l) && figuresRun(lines, i).figures.length >= 6);
  // A heading on several lines is this layout's only where its figures follow.
  if (figuresAt < 0 && !heading?.oneLine) return undefined;
  const notes = ["表10 按横排表头读取：合计、因公出国（境）费、公务接待费、公务用车购置及运行费（小计、购置费、运行费）、机关运行经费 / read from a one-row layout"];
  const columns = THREE_PUBLIC_ONE_ROW.map((c) => c.key);
  if (figuresAt < 0) {
    const result: ColumnTable = { status: "empty", columns: ["total"], rows: THREE_PUBLIC_ONE_ROW.map(({ key, label }) => ({ key, label })), notes };
    const note = emptyNote(lines);
    if (note) result.note = note;
    return result;
  }
  const run = figuresRun(lines, figuresAt);
  const figures = run.figures;
  let cells: OneRowCells;
  if (figures.length >= columns.length) {
    if (figures.length > columns.length) notes.push(`表10：印出 ${figures.length} 个数字，多于 ${columns.length} 栏，多出的未读取 / more figures than columns; the extra ones were not read`);
    cells = Object.fromEntries(columns.map((key, i) => [key, figures[i]]));
  } else {
    // Positions on the page place the figures where they are on one line.
    cells = placeOneRow(figures, run.lines.length === 1 ? run.lines[0] : undefined, lines.slice(0, figuresAt), hints, stated, notes);
  }
  const rows: KeyedRow[] = THREE_PUBLIC_ONE_ROW.map(({ key, label }) => (cells[key] !== undefined ? { key, label, total: cells[key] } : { key, label }));
  return { status: "present", columns: ["total"], rows, notes };
}

export function readThreePublicTable(table: LocatedTable, hints?: Record<string, string>, stated?: Record<string, string>): ColumnTable {
  const spec = STANDARD_COLUMNS["10"]!;
  const lines = table.lines;
  const horizontal = readHorizontalThreePublic(lines, hints, stated);
  if (horizontal) return horizontal;
  const rows: KeyedRow[] = [];
  const figures: string[][] = [];
  const slots: (string[] | undefined)[] = [];
  let next = 0;
  // Each label line is a row; figures follow the label on its line (or on the lines after it).
  // The rows start after the header's column numbers where it prints them (in text with one
  // cell per line, the header's 合计 stands alone like the total row's label).
  for (const line of lines.slice(Math.max(0, afterColumnNumbers(lines)))) {
    const text = line.flat;
    if (NOTE_START.test(text)) break;
    const tokens = line.cells ? [] : line.text.split(/\s+/);
    const labelText = line.cells ? (line.cells[0] ?? "") : tokens.filter((t) => !isFigure(t) && !isBlankCell(t)).join("");
    const values = lineFigures(line);
    const k = THREE_PUBLIC_ROWS.findIndex((r, i) => i >= next && r.pattern.test(labelText) && (i > 0 || rows.length === 0));
    if (k >= 0 && labelText.length <= 30 && !/经费支出内容|资金来源/.test(labelText)) {
      rows.push({ key: THREE_PUBLIC_ROWS[k].key, label: labelText });
      figures.push(values);
      // A dash in each blank cell ("1.35 1.35 — —") holds the columns' places.
      slots.push(tokens.some(isBlankCell) ? tokens.filter((t) => isFigure(t) || isBlankCell(t)).map((t) => (isBlankCell(t) ? "" : normalizeFigure(t))) : undefined);
      next = k + 1;
    } else if (rows.length === 1 && figures[0].length === 0 && THREE_PUBLIC_ROWS[0].pattern.test(labelText)) {
      // The header's 合计 heading on a line of its own (one cell per line) came first: this is the total row.
      rows[0].label = labelText;
      figures[0].push(...values);
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
    // (Where a wrapped row's figures went on past its label's line, they are solved.)
    const onItsLine = slots[i]?.filter(Boolean).length === figures[i].length;
    return { figures: figures[i], fixed: onItsLine ? cellsByDashes(slots[i], spec.columns) : undefined, parent: parentKey ? index(parentKey) : -1, label: `表10 ${r.label}` };
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

export function readCarryoverTable(table: LocatedTable, unitNames: string[]): ColumnTable {
  const spec = STANDARD_COLUMNS["11"]!;
  const { rows: body, trailing } = namedRows(table);
  // Rows with figures (a misprinted one counts: it is noted, not dropped).
  const named = body.filter((r) => r.figures.length > 0 || (r.cells ?? []).some((c) => isFigure(c) || looksLikeFigure(c)));
  const notes: string[] = [];
  // TAB text keeps each figure's cell: where it keeps blank cells too, the positions hold.
  const positional = keepsBlankCells(table.lines);
  let totalRow = -1;
  const solverRows: SolverRow[] = named.map((r, i) => {
    const name = compact(r.text);
    const label = `表11 ${name}`;
    if (/^(合计|总计)/.test(name)) totalRow = i;
    if (!r.cells) return { figures: r.figures, fixed: cellsByDashes(r.slots, spec.columns), parent: -1, label };
    const fixed = positional ? cellsByPosition(r.cells, spec.columns, (column, printed) => notes.push(unreadableNote(`${label} [${columnLabel(column)}]`, printed))) : undefined;
    return { figures: r.cells.filter(isFigure).map(normalizeFigure), fixed, parent: -1, label };
  });
  // A unit's row heads the projects listed under it, as the rules read the table: the total row
  // adds up the units' rows (or the projects, where no unit has a row of its own).
  const listed = named.map((_, i) => i).filter((i) => i !== totalRow);
  const tree = tableTree(listed.map((i) => ({ name: named[i].text })), spec.columns, unitNames);
  listed.forEach((i, k) => {
    if (tree.parent[k] >= 0) solverRows[i].parent = listed[tree.parent[k]];
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

