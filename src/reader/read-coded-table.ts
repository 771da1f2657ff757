/**
 * The coded tables (表2, 3, 5, 6, 7, 8, 9): codes, names, projects, the classification tree, and
 * the figures in their columns — by position where the text keeps them (TAB text, a PDF's page
 * positions), solved from the arithmetic where it does not (text flattened out of a PDF).
 */
import { FUNCTION_CODES } from "../catalogue/codes";
import { label as columnLabel } from "./column-names";
import { identitiesHolding, solveColumns, type SolverRow } from "./column-solver";
import type { LocatedTable } from "./locate-tables";
import { classByName, namesOf, readCode, repairNote } from "./read-code";
import { emptyNote, isTabTable, saysEmpty, type ReadContext } from "./read-tables";
import { cellsByDashes, cellsByPosition, isFigure, joinWrapped, keepsBlankCells, nearestEdge, normalizeFigure, readFlatRows, readTabRows, unreadableNote, type BodyRow } from "./table-body";
import { SHANGHAI_COLUMNS, STANDARD_COLUMNS, type ColumnSpec } from "./table-specs";
import { compact } from "./text-lines";
import type { CodeRepair, CodedRow, ColumnTable, TableId } from "./types";

/**
 * Where each column's figures end on the page (figures are right-aligned), learned from the rows
 * that print every column; undefined when no row does or the text has no positions.
 */
function learnColumnEdges(rows: BodyRow[], width: number): number[] | undefined {
  const full = rows.filter((r) => r.cellRight && r.cells && r.cells.length >= width && r.cells.slice(0, width).every(isFigure));
  if (full.length === 0) return undefined;
  return Array.from({ length: width }, (_, c) => full.reduce((sum, r) => sum + r.cellRight![c], 0) / full.length);
}

/**
 * A row's figures placed by where they stand: each into the column whose edge is nearest. The
 * placement is kept when it balances, or when no placement does (the document is wrong); where
 * the arithmetic finds a balancing placement the positions missed, the arithmetic decides and the
 * disagreement is noted.
 */
function placeByPosition(row: BodyRow, edges: number[], spec: ColumnSpec, notes: string[], where: string): Record<string, string> | undefined {
  if (!row.cellRight || !row.cells) return undefined;
  const placed: Record<string, string> = {};
  for (const [i, value] of row.cells.entries()) {
    if (!isFigure(value)) continue;
    const right = row.cellRight[i];
    const column = nearestEdge(edges, right);
    if (placed[spec.columns[column]] !== undefined) return undefined; // two figures in one column: positions cannot tell
    placed[spec.columns[column]] = normalizeFigure(value);
  }
  const balances = (cells: Record<string, string>) => identitiesHolding(cells, spec.identities) === spec.identities.length;
  if (balances(placed)) return placed;
  const figures = row.cells.filter(isFigure).map(normalizeFigure);
  const solved = solveColumns({ columns: spec.columns, identities: spec.identities, rows: [{ figures, parent: -1, label: where }], totalRow: -1 });
  if (balances(solved.cells[0])) {
    notes.push(`${where}：按页面位置的栏目与运算不符，按运算读取 / the columns by position do not balance; read by the arithmetic`);
    return solved.cells[0];
  }
  return placed;
}

interface ParsedRow {
  row: BodyRow;
  code?: string;
  name: string;
  project?: string;
}

function splitNameAndProject(row: BodyRow, code: string, context: ReadContext): { name: string; project?: string } {
  const known = [context.namesByCode.get(code), FUNCTION_CODES[code]].filter((n): n is string => Boolean(n));
  const text = compact(row.text);
  for (const name of known) {
    if (text.startsWith(name) && text.length > name.length) {
      return { name, project: projectText(row, name) };
    }
    // The name and project columns printed side by side: each line starts with a piece of the name.
    const interleaved = interleavedProject(row.textLines, name);
    if (interleaved) return { name, project: interleaved };
  }
  // The project starts on the line that carries the figures, after the wrapped name.
  if (row.textLines.length > 1) {
    const last = row.textLines[row.textLines.length - 1];
    return { name: joinWrapped(row.textLines.slice(0, -1)), project: last };
  }
  const [first, ...rest] = row.text.split(/\s+/);
  return rest.length > 0 ? { name: first, project: rest.join(" ") } : { name: first };
}

/**
 * Name and project printed as two columns, wrapped line by line: "残疾人生活 2024 年自治区…残" /
 * "和护理补贴 疾人生活…（重" / "度残疾人护理补贴）". The name's pieces open the lines.
 */
function interleavedProject(lines: string[], name: string): string | undefined {
  let remaining = name;
  const project: string[] = [];
  for (const line of lines) {
    const tokens = line.split(/\s+/).filter(Boolean);
    let k = 0;
    while (k < tokens.length && remaining.length > 0 && remaining.startsWith(tokens[k])) {
      remaining = remaining.slice(tokens[k].length);
      k++;
    }
    if (k < tokens.length) project.push(tokens.slice(k).join(" "));
  }
  if (remaining.length > 0 || project.length === 0) return undefined;
  return joinWrapped(project);
}

/** The project text with its printed spacing, once the name's characters are taken off. */
function projectText(row: BodyRow, name: string): string {
  let remaining = name.length;
  const text = row.textLines.join("\n");
  let i = 0;
  while (i < text.length && remaining > 0) {
    if (!/\s/.test(text[i])) remaining--;
    i++;
  }
  return joinWrapped(text.slice(i).split("\n"));
}

export function readCodedTable(table: LocatedTable, id: TableId, context: ReadContext): ColumnTable {
  const spec: ColumnSpec = (context.layout === "shanghai-9" ? SHANGHAI_COLUMNS[id] : undefined) ?? STANDARD_COLUMNS[id]!;
  const notes: string[] = [];
  const repairs: CodeRepair[] = [];
  const label = `表${id}`;
  const tab = isTabTable(table.lines);
  const { rows: bodyRows, trailing } = tab ? readTabRows(table.lines, { unit: table.unit }) : readFlatRows(table.lines, { unit: table.unit });
  // TAB text: a table printed without its name column has figures where names would be.
  const codedRows = bodyRows.filter((r) => !r.isTotal);
  const nameColumn = !tab || codedRows.length === 0 || codedRows.some((r) => /\p{Script=Han}/u.test(r.text));
  if (tab && !nameColumn) {
    for (const row of bodyRows) {
      if (row.isTotal) continue;
      row.cells = [row.text, ...(row.cells ?? [])];
      row.cellRight = undefined;
      row.text = "";
      row.textLines = [];
    }
    notes.push(`${label} 没有科目名称列，名称按编码取自其他表 / the table has no name column; names taken from the other tables by code`);
  }
  // TAB 表7: the cell after the name is the project.
  if (tab && id === "7") {
    for (const row of bodyRows) {
      const first = row.cells?.[0];
      if (!row.isTotal && first !== undefined && first !== "" && !isFigure(first)) {
        row.textLines = [row.text, first];
        row.cells = row.cells!.slice(1);
        row.cellRight = row.cellRight?.slice(1);
      }
    }
  }
  const economic = id === "6";

  // Codes, names, projects and the tree they form.
  const parsed: ParsedRow[] = [];
  const parents: number[] = [];
  let totalRow = -1;
  const stack: { code: string; index: number; project?: string }[] = [];
  for (const row of bodyRows) {
    if (row.isTotal) {
      totalRow = parsed.length;
      parsed.push({ row, name: compact(row.text) || "合计" });
      parents.push(-1);
      continue;
    }
    // A class row printed with its name and no code ("工资福利支出 1,147.39"): the class.
    const printedName = row.codeParts.length === 0 ? compact(row.text) : "";
    const unnumbered = printedName ? classByName(printedName, economic) : undefined;
    if (unnumbered) {
      row.codeParts = [unnumbered];
      const repair: CodeRepair = { code: unnumbered, name: printedName, printed: "", kind: "missing" };
      repairs.push(repair);
      notes.push(repairNote(label, repair));
    }
    if (row.codeParts.length === 0) {
      // A unit's subtotal row (部门 tables list each unit): the classes below belong to it.
      stack.length = 0;
      parents.push(-1);
      parsed.push({ row, name: tab ? row.text : compact(row.text) });
      stack.push({ code: "", index: parsed.length - 1 });
      continue;
    }
    const nameText = tab ? row.text : compact(row.text);
    const repaired = repairs.length;
    let code = readCode(row.codeParts, nameText, stack.map((s) => s.code), context, repairs);
    let name = nameText;
    let project: string | undefined;
    if (id === "7" && tab && row.textLines.length === 2) {
      project = row.textLines[1];
    } else if (id === "7" && code.length === 7) {
      ({ name, project } = splitNameAndProject(row, code, context));
    }
    if (repairs.length > repaired) {
      const repair = repairs[repairs.length - 1];
      // 表7 prints a code once per project: the repair says which project's row it was on.
      if (project) repair.project = project;
      notes.push(repairNote(label, repair));
    }
    if (name === "") name = namesOf(code, context)[0] ?? "";
    if (economic && !code.startsWith("3")) code = row.codeParts.join("");
    while (stack.length > 0 && !(code.startsWith(stack[stack.length - 1].code) && (code.length > stack[stack.length - 1].code.length || (project && !stack[stack.length - 1].project)))) {
      stack.pop();
    }
    parents.push(stack.length > 0 ? stack[stack.length - 1].index : -1);
    parsed.push({ row, code, name, project });
    stack.push({ code, index: parsed.length - 1, project });
  }

  // Figures into columns: positional in TAB text (where the positions hold) and in flattened rows
  // that print a dash in each blank cell, solved from the arithmetic in other flattened rows and
  // for TAB rows whose label sits in a figure's place.
  // Positions hold where the text keeps blank cells or a row prints every column. A row that drops
  // its blanks takes its columns from where its figures stand on the page (text from a PDF), the
  // arithmetic confirming; without positions it is solved from the arithmetic like flattened text.
  const blanksKept = tab && keepsBlankCells(table.lines);
  const columnEdges = tab ? learnColumnEdges(parsed.map((p) => p.row), spec.columns.length) : undefined;
  const fixed: (Record<string, string> | undefined)[] = parsed.map(({ row }, i) => {
    // Flattened text holds a row's columns where it prints a dash in each blank cell.
    if (!tab) return cellsByDashes(row.slots, spec.columns);
    if (i === totalRow && !nameColumn) return undefined;
    if (!blanksKept && (row.cells ?? []).filter((c) => c !== "").length < spec.columns.length) {
      return columnEdges ? placeByPosition(row, columnEdges, spec, notes, `${label} ${parsed[i].code ?? parsed[i].name}`) : undefined;
    }
    return cellsByPosition(row.cells ?? [], spec.columns, (column, printed) =>
      notes.push(unreadableNote(`${label} ${parsed[i].code ?? parsed[i].name} [${columnLabel(column)}]`, printed)),
    );
  });
  let cells: Record<string, string>[];
  {
    const solverRows: SolverRow[] = parsed.map((p, i) => ({
      figures: tab ? (p.row.cells ?? []).filter(isFigure).map(normalizeFigure) : p.row.figures,
      fixed: fixed[i],
      parent: parents[i],
      label: `${label} ${p.code ?? p.name}${p.project ? ` ${p.project}` : ""}`,
    }));
    const solved = solveColumns({
      columns: spec.columns,
      identities: spec.identities,
      rows: solverRows,
      totalRow,
      totalHints: context.totalHints[id],
      blankTotalsAreEmpty: true,
      preference: spec.preference,
    });
    cells = solved.cells;
    notes.push(...solved.notes);
  }

  const rows: CodedRow[] = [];
  let total: Record<string, string> | undefined;
  parsed.forEach((p, i) => {
    if (i === totalRow) {
      total = cells[i];
      return;
    }
    const row: CodedRow = p.code !== undefined ? { code: p.code, name: p.name } : { name: p.name };
    if (p.project) row.project = p.project;
    Object.assign(row, cells[i]);
    rows.push(row);
    if (p.code && p.name && !p.project && !context.namesByCode.has(p.code)) context.namesByCode.set(p.code, p.name);
  });
  const hasFigures = rows.some((r) => spec.columns.some((c) => r[c] !== undefined)) || (total && Object.keys(total).length > 0);
  const note = emptyNote(trailing.length > 0 ? trailing : table.lines.slice(-4));
  const result: ColumnTable = {
    status: hasFigures ? "present" : "empty",
    columns: spec.columns,
    rows,
    total_row: total ?? {},
  };
  if (note && (!hasFigures || saysEmpty(note))) result.note = note;
  if (notes.length > 0) result.notes = notes;
  if (repairs.length > 0) result.code_repairs = repairs;
  if (!nameColumn) result.name_column_missing = true;
  return result;
}

