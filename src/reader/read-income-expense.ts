/**
 * 表1 (income lines on the left, expense classes on the right) and 表4 (fiscal income, expense
 * classes by budget). Income lines are matched to their keys in printed order; expense classes by
 * code, or by name where a layout prints no codes.
 */
import { FUNCTION_CODES, FUNCTION_CODE_OTHER_NAMES } from "../catalogue/codes";
import { solveColumns, type SolverRow } from "./column-solver";
import type { LocatedTable } from "./locate-tables";
import { cellsByDashes, cellsByPosition, isBlankCell, isFigure, keepsBlankCells, lineFigures, lineTokens, looksLikeFigure, normalizeFigure, unreadableNote } from "./table-body";
import { CHINESE_NUMERAL, ORDINAL_MARK } from "./numbering";
import { FISCAL_INCOME_LINES, INCOME_LINES, STANDARD_COLUMNS } from "./table-specs";
import { compact, type TextLine } from "./text-lines";
import type { ExpenseLine, IncomeExpenseTable, IncomeLine } from "./types";

interface SideParts {
  incomeLabel?: string;
  incomeAmount?: string;
  expenseCode?: string;
  expenseName?: string;
  expenseAmounts: string[];
  /** TAB text: cells in a figure's place that hold no figure (".13.82"), read as blank. */
  unreadable: string[];
}

/** The numeral some layouts print before a class's name: "一、一般公共服务支出". */
const CLASS_NUMERAL = new RegExp(`^${CHINESE_NUMERAL}${ORDINAL_MARK}`);
/** An expense line opened by a numbered class name ("一、一般公共服务支出"), its figures after it… */
const NUMBERED_SPENDING = new RegExp(`${CLASS_NUMERAL.source}.*支出`);
/** …or alone in its cell. */
const NUMBERED_SPENDING_ALONE = new RegExp(`${CLASS_NUMERAL.source}.*支出$`);

/** The expense side opens with a class's code, its numbered name, or its name alone ("社会保障和就业支出", "二十四、预备费"). */
function isExpenseStart(t: string, next?: string): boolean {
  return /^2\d{2}$/.test(t) || /^2\d{2}\s*\p{Script=Han}/u.test(t) || (NUMBERED_SPENDING.test(t) && next !== undefined) || NUMBERED_SPENDING_ALONE.test(t) || classCodeByName(t) !== undefined;
}

/** A word of a label or a name (a dash stands in a blank cell: it ends a label or a name, and holds the blank's place). */
function isWord(t: string): boolean {
  return !isFigure(t) && !isBlankCell(t);
}

/** The expense side's 3-digit class code, a name after it. */
function isClassCode(t: string, next?: string): boolean {
  return /^2\d{2}$/.test(t) && next !== undefined && !isFigure(next);
}

function splitTwoSided(line: TextLine, positional: boolean): SideParts {
  if (positional && line.cells) {
    // [income label, amount, "201 一般公共服务支出", figures…] with blank cells kept.
    const [label, amount, expense, ...rest] = line.cells;
    const result: SideParts = { expenseAmounts: rest.map((c) => (isFigure(c) ? normalizeFigure(c) : "")), unreadable: rest.filter((c) => !isFigure(c) && looksLikeFigure(c)) };
    if (label) result.incomeLabel = compact(label);
    if (amount && isFigure(amount)) result.incomeAmount = normalizeFigure(amount);
    else if (amount && looksLikeFigure(amount)) result.unreadable.unshift(amount);
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
  const result: SideParts = { expenseAmounts: [], unreadable: [] };
  let i = 0;
  const label: string[] = [];
  while (i < tokens.length && isWord(tokens[i]) && !isExpenseStart(tokens[i], tokens[i + 1])) label.push(tokens[i++]);
  if (label.length > 0) result.incomeLabel = label.join("");
  // A figure after the label is its amount, unless it is the expense side's 3-digit code.
  if (i < tokens.length && isFigure(tokens[i]) && label.length > 0 && !isClassCode(tokens[i], tokens[i + 1])) {
    result.incomeAmount = normalizeFigure(tokens[i++]);
  } else if (i < tokens.length && isBlankCell(tokens[i]) && label.length > 0) i++;
  if (i < tokens.length) {
    const codeMatch = tokens[i].match(/^(2\d{2})\s*(.*)$/);
    const name: string[] = [];
    if (codeMatch) {
      result.expenseCode = codeMatch[1];
      i++;
      if (codeMatch[2]) name.push(codeMatch[2]);
    }
    while (i < tokens.length && isWord(tokens[i])) name.push(tokens[i++]);
    result.expenseName = name.join("");
    // "" holds a dash's place.
    for (; i < tokens.length && !isWord(tokens[i]); i++) result.expenseAmounts.push(isFigure(tokens[i]) ? normalizeFigure(tokens[i]) : "");
  }
  return result;
}

/** 类 code by name, for layouts that print class names without codes ("一、一般公共服务支出"). */
const CLASS_CODE_BY_NAME = new Map(
  Object.entries(FUNCTION_CODES)
    .filter(([code]) => code.length === 3)
    .flatMap(([code, name]) => [name, ...(FUNCTION_CODE_OTHER_NAMES[code] ?? [])].map((n) => [n, code] as const)),
);

/** A class name without the numeral some layouts print before it: "一、一般公共服务支出" → "一般公共服务支出". */
function withoutClassNumeral(name: string): string {
  return name.replace(CLASS_NUMERAL, "");
}

export function classCodeByName(name: string): string | undefined {
  return CLASS_CODE_BY_NAME.get(withoutClassNumeral(name));
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

/** 收入总计 or 支出总计 alone, its figures after it: the two sides' totals on lines of their own. */
const INCOME_TOTAL_ALONE = /^收入总计(?!.*支出总计)/;
const EXPENSE_TOTAL_ALONE = /^支出总计/;

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
    const text = line.flat;
    if (/收入总计|收入合计/.test(text) && /支出总计|支出合计/.test(text)) {
      if (positional && line.cells) {
        const [, income, , expense] = line.cells;
        if (income && isFigure(income)) incomeTotal = normalizeFigure(income);
        if (expense && isFigure(expense)) expenseTotal = normalizeFigure(expense);
      } else {
        const figures = lineFigures(line);
        incomeTotal = figures[0];
        expenseTotal = figures[1];
      }
      break;
    }
    // Each total on a line of its own (flattened text copied with one cell per line).
    if (!line.cells && INCOME_TOTAL_ALONE.test(text)) {
      incomeTotal = lineFigures(line)[0];
      continue;
    }
    if (!line.cells && EXPENSE_TOTAL_ALONE.test(text)) {
      expenseTotal = lineFigures(line)[0];
      break;
    }
    const parts = splitTwoSided(line, positional);
    if (!started) {
      // The rows begin at the first line with a figure (header lines have none).
      const hasFigure = lineTokens(line).some(isFigure);
      if (!hasFigure || !(parts.expenseCode || parts.incomeLabel)) continue;
      started = true;
    }
    for (const printed of parts.unreadable) notes.push(unreadableNote(`表1 第 ${line.index + 1} 行`, printed));
    if (parts.incomeLabel) {
      const next = takeIncomeLine(INCOME_LINES, parts, position, income);
      if (next >= 0) {
        position = next;
      } else {
        // A label that is no income line: a class name printed without its code (where the line
        // has no expense side of its own), or a line the reader does not know, said so.
        const code = !parts.expenseCode && parts.expenseName === undefined ? classCodeByName(parts.incomeLabel) : undefined;
        if (code) {
          const entry: ExpenseLine = { code, name: withoutClassNumeral(parts.incomeLabel) };
          if (parts.incomeAmount !== undefined) entry.amount = parts.incomeAmount;
          expense.push(entry);
        } else {
          notes.push(`表1 未识别的收入项目“${parts.incomeLabel}”${parts.incomeAmount !== undefined ? `（${parts.incomeAmount}）` : ""} / unrecognised income line`);
        }
      }
    }
    if (parts.expenseName !== undefined || parts.expenseCode) {
      const code = parts.expenseCode ?? classCodeByName(parts.expenseName ?? "");
      const name = withoutClassNumeral(parts.expenseName ?? "");
      if (code) {
        const entry: ExpenseLine = { code, name };
        if (parts.expenseAmounts[0]) entry.amount = parts.expenseAmounts[0];
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
  const notes: string[] = [];
  const income: IncomeLine[] = [];
  const expenseRows: { code: string; name: string; figures: string[]; fixed?: Record<string, string> }[] = [];
  let incomeTotal: string | undefined;
  let totalFigures: string[] | undefined;
  let totalFixed: Record<string, string> | undefined;
  const place = (values: string[]) => cellsByPosition(values, spec.columns);
  let position = 0;
  let started = false;
  for (const line of table.lines) {
    const text = line.flat;
    if (/收入总计/.test(text) && /支出总计/.test(text)) {
      if (positional && line.cells) {
        const [, income, , ...rest] = line.cells;
        if (income && isFigure(income)) incomeTotal = normalizeFigure(income);
        const values = rest.map((c) => (isFigure(c) ? normalizeFigure(c) : ""));
        totalFigures = values.filter(Boolean);
        totalFixed = place(values);
      } else {
        const figures = lineFigures(line);
        incomeTotal = figures[0];
        totalFigures = figures.slice(1);
      }
      break;
    }
    if (!line.cells && INCOME_TOTAL_ALONE.test(text)) {
      incomeTotal = lineFigures(line)[0];
      continue;
    }
    if (!line.cells && EXPENSE_TOTAL_ALONE.test(text)) {
      totalFigures = lineFigures(line);
      break;
    }
    const parts = splitTwoSided(line, positional);
    // The rows begin at the first expense class, or at the first income line with its amount
    // where each side's lines stand on lines of their own.
    const firstIncome = () => parts.incomeLabel !== undefined && parts.incomeAmount !== undefined && matchSequential(FISCAL_INCOME_LINES, parts.incomeLabel, 0) >= 0;
    if (!started && !parts.expenseCode && !classCodeByName(parts.expenseName ?? "") && !classCodeByName(parts.incomeLabel ?? "") && !firstIncome()) continue;
    started = true;
    for (const printed of parts.unreadable) notes.push(unreadableNote(`表4 第 ${line.index + 1} 行`, printed));
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
        name: withoutClassNumeral(parts.expenseName ?? "").trim(),
        figures: parts.expenseAmounts.filter(Boolean),
        fixed: positional ? place(parts.expenseAmounts) : cellsByDashes(parts.expenseAmounts, spec.columns),
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
  notes.push(...solved.notes);
  if (notes.length > 0) result.notes = notes;
  return result;
}

