/**
 * Reads each located table into the reading's shape: coded tables (表2, 3, 5, 6, 7, 8, 9),
 * the income/expense tables (表1, 表4), 表10 ("三公" 经费) and 表11 (上年结转结余).
 */
import { Decimal } from "../amount";
import { ECONOMIC_CODES, FUNCTION_CODES, FUNCTION_CODE_OTHER_NAMES } from "../catalogue/codes";
import { solveColumns, type SolverRow } from "./column-solver";
import type { LocatedTable } from "./locate-tables";
import { isFigure, joinWrapped, normalizeFigure, readFlatRows, readTabRows, type BodyRow } from "./table-body";
import {
  FISCAL_INCOME_LINES,
  INCOME_LINES,
  SHANGHAI_COLUMNS,
  STANDARD_COLUMNS,
  THREE_PUBLIC_ROWS,
  type ColumnSpec,
} from "./table-specs";
import { compact, type TextLine } from "./text-lines";
import type { CodeRepair, CodedRow, ColumnTable, ExpenseLine, IncomeExpenseTable, IncomeLine, KeyedRow, ReadTable, TableId } from "./types";

/** What one table's reading may use from the tables read before it. */
export interface ReadContext {
  layout: "standard-11" | "shanghai-9";
  /** Names printed for each code in this disclosure's tables. */
  namesByCode: Map<string, string>;
  /** Figures other tables print for a table's total row, by column. */
  totalHints: Partial<Record<TableId, Record<string, string>>>;
}

function isTabTable(lines: TextLine[]): boolean {
  const withCells = lines.filter((l) => l.cells).length;
  return withCells > 0 && withCells >= lines.length / 3;
}

/** A note that says a table is empty (空表) or has no such spending. */
function emptyNote(lines: TextLine[]): string | undefined {
  // The note starts on the line that says so: 备注/注, or the sentence that says nothing is spent.
  const first = lines.findIndex((l) => /^(备注|注)[:：]|没有.{0,40}(支出|预算|安排)|无.{0,30}(支出|预算|安排)|空表/.test(compact(l.text)));
  if (first < 0) return undefined;
  const text = joinWrapped(lines.slice(first).map((l) => l.text));
  const marker = text.search(/(备注|注)[:：]/);
  const from = marker >= 0 ? text.slice(marker) : text;
  const match = from.match(/^(?:(?:备注|注)[:：])?[^。]*?(空表|没有[^。]{0,40}(支出|预算|安排)|无[^。]{0,30}(支出|预算|安排))[^。]*。?/);
  if (!match) return undefined;
  return match[0].trim();
}

// ---------------------------------------------------------------------------------------------
// Codes

const CODE_LENGTHS = new Set([3, 5, 7]);

/**
 * The code of a row from its printed parts. A well-formed code is read as printed. A garbled one
 * ("20 3 5") is read as the code this disclosure's other tables (or the catalogue) give the same
 * name under the same parent, and the repair is noted.
 */
function readCode(
  parts: string[],
  name: string,
  parentCode: string | undefined,
  context: ReadContext,
  notes: string[],
  tableLabel: string,
  repairs: CodeRepair[],
): string {
  const printed = parts.join("");
  const wellFormed =
    CODE_LENGTHS.has(printed.length) &&
    parts[0]?.length === 3 &&
    parts.slice(1).every((p) => p.length === 2) &&
    (parentCode === undefined || printed.length <= parentCode.length || printed.startsWith(parentCode.slice(0, 3)));
  if (wellFormed) return printed;
  // A lost leading zero ("208 5 5" for 208 05 05): pad, and keep it where the name agrees.
  if (parts[0]?.length === 3 && parts.length > 1 && parts.slice(1).every((p) => p.length <= 2)) {
    const padded = parts[0] + parts.slice(1).map((p) => p.padStart(2, "0")).join("");
    const knownNames = namesOf(padded, context);
    if (knownNames.length > 0 && (name === "" || knownNames.includes(name))) {
      notes.push(`${tableLabel} 科目编码“${parts.join(" ")}”缺少前导零，读作 ${padded} / code "${parts.join(" ")}" lost a leading zero, read as ${padded}`);
      repairs.push({ code: padded, name: name || undefined, printed: parts.join(" "), kind: "leading-zero" });
      return padded;
    }
  }
  const byName = [...context.namesByCode.entries()].filter(([, n]) => n === name).map(([c]) => c);
  const catalogue = CODES_BY_NAME.get(name) ?? [];
  // The printed digits narrow the candidates only where the class part survived ("20 3 5" still
  // starts like 201…); a class printed as "7" says nothing, and the parent row decides.
  const classSurvived = (parts[0]?.length ?? 0) >= 2;
  const candidates = [...new Set([...byName, ...catalogue])].filter(
    (code) => (!classSurvived || code.startsWith(printed.slice(0, 2))) && (parentCode === undefined || code.length <= 3 || code.startsWith(parentCode.slice(0, 3))),
  );
  const underParent = parentCode ? candidates.filter((c) => c.startsWith(parentCode) && c.length > parentCode.length) : [];
  const chosen = underParent[0] ?? candidates.sort((a, b) => a.length - b.length)[0];
  if (chosen) {
    notes.push(`${tableLabel} 科目编码印作“${parts.join(" ")}”（${name}），按同名科目读作 ${chosen} / code printed as "${parts.join(" ")}", read as ${chosen} by its name`);
    repairs.push({ code: chosen, name, printed: parts.join(" "), kind: "garbled" });
    return chosen;
  }
  notes.push(`${tableLabel} 科目编码“${parts.join(" ")}”（${name}）不完整，按印出的数字读取 / malformed code kept as printed`);
  repairs.push({ code: printed, name, printed: parts.join(" "), kind: "unreadable" });
  return printed;
}

/** Catalogue codes by every name they go by. */
const CODES_BY_NAME = new Map<string, string[]>();
for (const [code, name] of Object.entries({ ...FUNCTION_CODES, ...ECONOMIC_CODES })) {
  for (const n of [name, ...(FUNCTION_CODE_OTHER_NAMES[code] ?? [])]) CODES_BY_NAME.set(n, [...(CODES_BY_NAME.get(n) ?? []), code]);
}

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
    const column = edges.reduce((best, edge, c) => (Math.abs(edge - right) < Math.abs(edges[best] - right) ? c : best), 0);
    if (placed[spec.columns[column]] !== undefined) return undefined; // two figures in one column: positions cannot tell
    placed[spec.columns[column]] = normalizeFigure(value);
  }
  const balances = (cells: Record<string, string>) =>
    spec.identities.every((identity) => {
      const parts = identity.parts.filter((p) => cells[p] !== undefined);
      if (cells[identity.total] === undefined && parts.length === 0) return true;
      const sum = parts.reduce((s, p) => s.plus(cells[p]), new Decimal(0));
      return new Decimal(cells[identity.total] ?? 0).eq(sum);
    });
  if (balances(placed)) return placed;
  const figures = row.cells.filter(isFigure).map(normalizeFigure);
  const solved = solveColumns({ columns: spec.columns, identities: spec.identities, rows: [{ figures, parent: -1, label: where }], totalRow: -1 });
  if (balances(solved.cells[0])) {
    notes.push(`${where}: 按页面位置的栏目与运算不符，按运算读取 / the columns by position do not balance; read by the arithmetic`);
    return solved.cells[0];
  }
  return placed;
}

/** The names a code goes by: in this disclosure's tables and in the catalogue. */
function namesOf(code: string, context: ReadContext): string[] {
  const names = [context.namesByCode.get(code), FUNCTION_CODES[code], ECONOMIC_CODES[code], ...(FUNCTION_CODE_OTHER_NAMES[code] ?? [])];
  return names.filter((n): n is string => Boolean(n));
}

// ---------------------------------------------------------------------------------------------
// Coded tables: 表2, 3, 5, 6, 7, 8, 9

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
    if (row.codeParts.length === 0) {
      // A unit's subtotal row (部门 tables list each unit): the classes below belong to it.
      stack.length = 0;
      parents.push(-1);
      parsed.push({ row, name: tab ? row.text : compact(row.text) });
      stack.push({ code: "", index: parsed.length - 1 });
      continue;
    }
    const nameText = tab ? row.text : compact(row.text);
    const parentCode = stack.length > 0 && stack[stack.length - 1].code ? stack[stack.length - 1].code : undefined;
    let code = readCode(row.codeParts, nameText, economic ? undefined : parentCode, context, notes, label, repairs);
    let name = nameText;
    let project: string | undefined;
    if (id === "7" && tab && row.textLines.length === 2) {
      project = row.textLines[1];
    } else if (id === "7" && code.length === 7) {
      ({ name, project } = splitNameAndProject(row, code, context));
    } else if (!tab) {
      name = compact(row.text);
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

  // Figures into columns: positional in TAB text (where the positions hold), solved from the
  // arithmetic in flattened text and for TAB rows whose label sits in a figure's place.
  // Positions hold where the text keeps blank cells or a row prints every column. A row that drops
  // its blanks takes its columns from where its figures stand on the page (text from a PDF), the
  // arithmetic confirming; without positions it is solved from the arithmetic like flattened text.
  const blanksKept = tab && keepsBlankCells(table.lines);
  const columnEdges = tab ? learnColumnEdges(parsed.map((p) => p.row), spec.columns.length) : undefined;
  const fixed: (Record<string, string> | undefined)[] = parsed.map(({ row }, i) => {
    if (!tab) return undefined;
    if (i === totalRow && !nameColumn) return undefined;
    if (!blanksKept && (row.cells ?? []).filter((c) => c !== "").length < spec.columns.length) {
      return columnEdges ? placeByPosition(row, columnEdges, spec, notes, `${label} ${parsed[i].code ?? parsed[i].name}`) : undefined;
    }
    const cell: Record<string, string> = {};
    (row.cells ?? []).forEach((value, j) => {
      if (j < spec.columns.length && value !== "" && isFigure(value)) cell[spec.columns[j]] = normalizeFigure(value);
    });
    return cell;
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
  if (note && (!hasFigures || /空表/.test(note))) result.note = note;
  if (notes.length > 0) result.notes = notes;
  if (repairs.length > 0) result.code_repairs = repairs;
  if (!nameColumn) result.name_column_missing = true;
  return result;
}

// ---------------------------------------------------------------------------------------------
// 表1: income lines on the left, expense classes on the right

interface SideParts {
  incomeLabel?: string;
  incomeAmount?: string;
  expenseCode?: string;
  expenseName?: string;
  expenseAmounts: string[];
}

function splitTwoSided(line: TextLine, positional: boolean): SideParts {
  if (positional && line.cells) {
    // [income label, amount, "201 一般公共服务支出", figures…] with blank cells kept.
    const [label, amount, expense, ...rest] = line.cells;
    const result: SideParts = { expenseAmounts: rest.map((c) => (isFigure(c) ? normalizeFigure(c) : "")) };
    if (label) result.incomeLabel = compact(label);
    if (amount && isFigure(amount)) result.incomeAmount = normalizeFigure(amount);
    const code = expense?.match(/^(2\d{2})\s*(.*)$/);
    if (code) {
      result.expenseCode = code[1];
      result.expenseName = code[2].trim();
    } else if (expense) {
      result.expenseName = expense.trim();
    }
    return result;
  }
  const tokens = line.cells ? line.cells.filter((c) => c !== "") : line.text.split(/\s+/);
  const result: SideParts = { expenseAmounts: [] };
  let i = 0;
  const label: string[] = [];
  const isExpenseStart = (t: string, next?: string) =>
    /^2\d{2}$/.test(t) || /^2\d{2}\s*\p{Script=Han}/u.test(t) || (/^[一二三四五六七八九十]+、.*支出/.test(t) && next !== undefined) || /^[一二三四五六七八九十]+、.*支出$/.test(t);
  while (i < tokens.length && !isFigure(tokens[i]) && !isExpenseStart(tokens[i], tokens[i + 1])) label.push(tokens[i++]);
  if (label.length > 0) result.incomeLabel = label.join("");
  // A figure after the label is its amount, unless it is the expense side's 3-digit code.
  const isCode = (t: string, next?: string) => /^2\d{2}$/.test(t) && next !== undefined && !isFigure(next);
  if (i < tokens.length && isFigure(tokens[i]) && label.length > 0 && !isCode(tokens[i], tokens[i + 1])) {
    result.incomeAmount = normalizeFigure(tokens[i++]);
  }
  if (i < tokens.length) {
    const codeMatch = tokens[i].match(/^(2\d{2})\s*(.*)$/);
    if (codeMatch) {
      result.expenseCode = codeMatch[1];
      i++;
      const name: string[] = codeMatch[2] ? [codeMatch[2]] : [];
      while (i < tokens.length && !isFigure(tokens[i])) name.push(tokens[i++]);
      result.expenseName = name.join("");
    } else {
      const name: string[] = [];
      while (i < tokens.length && !isFigure(tokens[i])) name.push(tokens[i++]);
      result.expenseName = name.join("");
    }
    while (i < tokens.length && isFigure(tokens[i])) result.expenseAmounts.push(normalizeFigure(tokens[i++]));
  }
  return result;
}

/** 类 code by name, for layouts that print class names without codes ("一、一般公共服务支出"). */
const CLASS_CODE_BY_NAME = new Map(
  Object.entries(FUNCTION_CODES)
    .filter(([code]) => code.length === 3)
    .flatMap(([code, name]) => [name, ...(FUNCTION_CODE_OTHER_NAMES[code] ?? [])].map((n) => [n, code] as const)),
);

function classCodeByName(name: string): string | undefined {
  return CLASS_CODE_BY_NAME.get(name.replace(/^[一二三四五六七八九十]+、/, ""));
}

function matchSequential(lines: { key: string; pattern: RegExp }[], label: string, from: number): number {
  for (let k = from; k < lines.length; k++) if (lines[k].pattern.test(label)) return k;
  return -1;
}

/**
 * Records an income label as the next income line it matches, in printed order; returns the
 * position after it, or -1 when the label is no income line.
 */
function takeIncomeLine(lines: { key: string; pattern: RegExp }[], parts: SideParts, position: number, income: IncomeLine[]): number {
  const k = matchSequential(lines, parts.incomeLabel!, position);
  if (k < 0) return -1;
  const entry: IncomeLine = { key: lines[k].key, label: parts.incomeLabel! };
  if (parts.incomeAmount !== undefined) entry.amount = parts.incomeAmount;
  income.push(entry);
  return k + 1;
}

/** Does the TAB text keep blank cells (so that positions can be trusted)? */
function keepsBlankCells(lines: TextLine[]): boolean {
  return lines.some((l) => l.cells && l.cells.some((c, i) => c === "" && i < l.cells!.length - 1));
}

export function readIncomeExpenseTable(table: LocatedTable): IncomeExpenseTable {
  const positional = keepsBlankCells(table.lines);
  const income: IncomeLine[] = [];
  const expense: ExpenseLine[] = [];
  const notes: string[] = [];
  let incomeTotal: string | undefined;
  let expenseTotal: string | undefined;
  let position = 0;
  let started = false;
  for (const line of table.lines) {
    const text = compact(line.text);
    if (/收入总计|收入合计/.test(text) && /支出总计|支出合计/.test(text)) {
      if (positional && line.cells) {
        const [, income, , expense] = line.cells;
        if (income && isFigure(income)) incomeTotal = normalizeFigure(income);
        if (expense && isFigure(expense)) expenseTotal = normalizeFigure(expense);
      } else {
        const figures = (line.cells ?? line.text.split(/\s+/)).filter(isFigure).map(normalizeFigure);
        incomeTotal = figures[0];
        expenseTotal = figures[1];
      }
      break;
    }
    const parts = splitTwoSided(line, positional);
    if (!started) {
      // The rows begin at the first line with a figure (header lines have none).
      const hasFigure = (line.cells ?? line.text.split(/\s+/)).some(isFigure);
      if (!hasFigure || !(parts.expenseCode || parts.incomeLabel)) continue;
      started = true;
    }
    if (parts.incomeLabel) {
      const next = takeIncomeLine(INCOME_LINES, parts, position, income);
      if (next >= 0) {
        position = next;
      } else if (!parts.expenseCode && parts.expenseName === undefined) {
        // A label that is no income line: a class name printed without its code.
        const code = classCodeByName(parts.incomeLabel);
        if (code) {
          const entry: ExpenseLine = { code, name: parts.incomeLabel.replace(/^[一二三四五六七八九十]+、/, "") };
          if (parts.incomeAmount !== undefined) entry.amount = parts.incomeAmount;
          expense.push(entry);
        } else {
          notes.push(`表1 未识别的收入项目“${parts.incomeLabel}” / unrecognised income line`);
        }
      }
    }
    if (parts.expenseName !== undefined || parts.expenseCode) {
      const code = parts.expenseCode ?? classCodeByName(parts.expenseName ?? "");
      const name = (parts.expenseName ?? "").replace(/^[一二三四五六七八九十]+、/, "");
      if (code) {
        const entry: ExpenseLine = { code, name };
        if (parts.expenseAmounts[0] !== undefined) entry.amount = parts.expenseAmounts[0];
        expense.push(entry);
      } else if (name) {
        notes.push(`表1 未识别的支出项目“${name}” / unrecognised expense line`);
      }
    }
  }
  const hasFigures = income.some((l) => l.amount) || expense.some((l) => l.amount) || incomeTotal !== undefined;
  const result: IncomeExpenseTable = { status: hasFigures ? "present" : "empty", income, expense };
  if (incomeTotal !== undefined) result.income_total = incomeTotal;
  if (expenseTotal !== undefined) result.expense_total = expenseTotal;
  if (notes.length > 0) result.notes = notes;
  return result;
}

// ---------------------------------------------------------------------------------------------
// 表4: fiscal income on the left, expense classes by budget on the right

export function readFiscalTable(table: LocatedTable): IncomeExpenseTable {
  const spec = STANDARD_COLUMNS["4"]!;
  const positional = keepsBlankCells(table.lines);
  const income: IncomeLine[] = [];
  const expenseRows: { code: string; name: string; figures: string[]; fixed?: Record<string, string> }[] = [];
  let incomeTotal: string | undefined;
  let totalFigures: string[] | undefined;
  let totalFixed: Record<string, string> | undefined;
  const place = (values: string[]) => {
    const cell: Record<string, string> = {};
    values.forEach((v, i) => {
      if (v !== "" && i < spec.columns.length) cell[spec.columns[i]] = v;
    });
    return cell;
  };
  let position = 0;
  let started = false;
  for (const line of table.lines) {
    const text = compact(line.text);
    if (/收入总计/.test(text) && /支出总计/.test(text)) {
      if (positional && line.cells) {
        const [, income, , ...rest] = line.cells;
        if (income && isFigure(income)) incomeTotal = normalizeFigure(income);
        const values = rest.map((c) => (isFigure(c) ? normalizeFigure(c) : ""));
        totalFigures = values.filter(Boolean);
        totalFixed = place(values);
      } else {
        const figures = (line.cells ?? line.text.split(/\s+/)).filter(isFigure).map(normalizeFigure);
        incomeTotal = figures[0];
        totalFigures = figures.slice(1);
      }
      break;
    }
    const parts = splitTwoSided(line, positional);
    if (!started && !parts.expenseCode && !classCodeByName(parts.expenseName ?? "") && !classCodeByName(parts.incomeLabel ?? "")) continue;
    started = true;
    if (parts.incomeLabel && !(!parts.expenseName && !parts.expenseCode && classCodeByName(parts.incomeLabel))) {
      const next = takeIncomeLine(FISCAL_INCOME_LINES, parts, position, income);
      if (next >= 0) position = next;
    }
    // A class printed where the income label would be (the income side has ended).
    if (!parts.expenseName && !parts.expenseCode && parts.incomeLabel && classCodeByName(parts.incomeLabel)) {
      parts.expenseName = parts.incomeLabel;
      parts.expenseAmounts = parts.incomeAmount ? [parts.incomeAmount, ...parts.expenseAmounts] : parts.expenseAmounts;
    }
    const code = parts.expenseCode ?? classCodeByName(parts.expenseName ?? "");
    if (code) {
      expenseRows.push({
        code,
        name: (parts.expenseName ?? "").replace(/^[一二三四五六七八九十]+、/, "").trim(),
        figures: parts.expenseAmounts.filter(Boolean),
        fixed: positional ? place(parts.expenseAmounts) : undefined,
      });
    }
  }
  const solverRows: SolverRow[] = expenseRows.map((r) => ({ figures: r.figures, fixed: r.fixed, parent: -1, label: `表4 ${r.code}` }));
  let totalRow = -1;
  if (totalFigures) {
    totalRow = solverRows.length;
    solverRows.push({ figures: totalFigures, fixed: totalFixed, parent: -1, label: "表4 支出总计" });
  }
  const solved = solveColumns({ columns: spec.columns, identities: spec.identities, rows: solverRows, totalRow, blankTotalsAreEmpty: true });
  const expense: ExpenseLine[] = expenseRows.map((r, i) => ({ code: r.code, name: r.name, ...solved.cells[i] }));
  const result: IncomeExpenseTable = {
    status: incomeTotal !== undefined || expense.some((e) => e.total) ? "present" : "empty",
    income,
    expense,
  };
  if (incomeTotal !== undefined) result.income_total = incomeTotal;
  if (totalRow >= 0) result.expense_total = solved.cells[totalRow];
  if (solved.notes.length > 0) result.notes = solved.notes;
  return result;
}

// ---------------------------------------------------------------------------------------------
// 表10 ("三公" 经费) and 表11 (上年结转结余): rows named, not coded

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
    const text = compact(line.text);
    if (/^(备注|注)[:：]/.test(text)) break;
    const labelText = line.cells ? (line.cells[0] ?? "") : line.text.split(/\s+/).filter((t) => !isFigure(t)).join("");
    const values = (line.cells ?? line.text.split(/\s+/)).filter(isFigure).map(normalizeFigure);
    const k = THREE_PUBLIC_ROWS.findIndex((r, i) => i >= next && r.pattern.test(labelText) && (i > 0 || rows.length === 0));
    if (k >= 0 && labelText.length <= 30 && !/经费支出内容|资金来源/.test(labelText)) {
      rows.push({ key: THREE_PUBLIC_ROWS[k].key, label: labelText.replace(/^其中[:：]?/, (m) => m) });
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
  const solverRows: SolverRow[] = rows.map((r) => {
    const parentKey = THREE_PUBLIC_ROWS.find((d) => d.key === r.key)?.parent;
    return { figures: figures[rows.indexOf(r)], parent: parentKey ? index(parentKey) : -1, label: `表10 ${r.label}` };
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
  const named = body.filter((r) => r.figures.length > 0 || (r.cells ?? []).some(isFigure));
  let totalRow = -1;
  const solverRows: SolverRow[] = named.map((r, i) => {
    if (/^(合计|总计)/.test(compact(r.text))) totalRow = i;
    return { figures: r.figures, parent: -1, label: `表11 ${compact(r.text)}` };
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
  if (solved.notes.length > 0) result.notes = solved.notes;
  return result;
}

export function readTable(table: LocatedTable, context: ReadContext): ReadTable {
  switch (table.id) {
    case "1":
      return readIncomeExpenseTable(table) as ReadTable;
    case "4":
      return readFiscalTable(table) as ReadTable;
    case "10":
      return readThreePublicTable(table) as ReadTable;
    case "11":
      return readCarryoverTable(table) as ReadTable;
    default:
      return readCodedTable(table, table.id, context) as ReadTable;
  }
}

/** The figures 表1 prints for the column totals of 表2. */
export function table2HintsFrom(table1: IncomeExpenseTable): Record<string, string> {
  const amount = (key: string) => table1.income.find((l) => l.key === key)?.amount ?? "0";
  const hints: Record<string, string> = {
    general: amount("general_own"),
    general_transfer: amount("general_transfer"),
    fund: amount("fund_own"),
    fund_transfer: amount("fund_transfer"),
    soe: amount("soe_own"),
    soe_transfer: amount("soe_transfer"),
    special_account: amount("special_account"),
    unit_funds: amount("unit_funds"),
    fiscal_carryover: amount("fiscal_carryover"),
    nonfiscal_carryover: amount("nonfiscal_carryover"),
  };
  if (table1.income_total) hints.total = table1.income_total;
  const fiscal = ["general_budget", "fund_budget", "soe_budget"].reduce((s, k) => s.plus(amount(k)), new Decimal(0));
  hints.fiscal_subtotal = fiscal.toFixed(2);
  return hints;
}
