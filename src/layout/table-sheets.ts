/**
 * One sheet per standard table, laid out as the official table: a title, the unit, header rows
 * with merged cells, 类/款/项 code columns as text (leading zeros kept), names, amounts as numbers.
 */
import { unitDecimals } from "../amount";
import { STANDARD_TABLE_TITLES, unrecognisedTitleReason, type CodedRow, type ColumnTable, type IncomeExpenseTable, type KeyedRow, type Reading, type TableId } from "../reader/types";
import { label } from "../reader/column-names";
import { compact } from "../reader/text-lines";
import { SheetBuilder } from "./sheet-builder";

export const TABLE_SHEET_NAMES: Record<TableId, string> = {
  "1": "表1 收支总体",
  "2": "表2 收入总体",
  "3": "表3 支出总体",
  "4": "表4 财政拨款收支",
  "5": "表5 一般公共预算支出",
  "6": "表6 基本支出",
  "7": "表7 项目支出",
  "8": "表8 政府性基金",
  "9": "表9 国有资本经营",
  "10": "表10 三公经费",
  "11": "表11 上年结转结余",
};

/** Column groups printed over the columns (表2's 财政拨款（补助）, 表11's 财政拨款 / 非财政拨款). */
const GROUPS: Partial<Record<TableId, [string, string[]][]>> = {
  "2": [["财政拨款（补助）", ["fiscal_subtotal", "general", "general_transfer", "fund", "fund_transfer", "soe", "soe_transfer"]]],
  "11": [
    ["财政拨款", ["fiscal_total", "fiscal_basic_personnel", "fiscal_basic_public", "fiscal_project"]],
    ["非财政拨款", ["nonfiscal_total", "nonfiscal_basic_personnel", "nonfiscal_basic_public", "nonfiscal_project"]],
  ],
};

/** A table's sheet; its blank figure cells take the table's decimals (none in 元). */
function tableSheetBuilder(reading: Reading, id: TableId): SheetBuilder {
  const sheet = new SheetBuilder(`table-${id}`, TABLE_SHEET_NAMES[id]);
  sheet.blankFigureDecimals = unitDecimals(reading.tables[id]?.unit);
  return sheet;
}

function titleRows(sheet: SheetBuilder, id: TableId, reading: Reading, width: number): number {
  const table = reading.tables[id];
  const kind = reading.kind ?? "单位";
  sheet.text(0, 0, `表${id} ${kind}${STANDARD_TABLE_TITLES[id]}`, { bold: true, align: "center" });
  sheet.merge(0, 0, 0, width - 1);
  sheet.text(1, 0, `编制${kind}：${reading.unit ?? ""}`);
  sheet.merge(1, 0, 1, Math.max(0, width - 2));
  sheet.text(1, width - 1, `单位：${table?.unit ?? reading.money_unit ?? "万元"}`, { align: "right" });
  if (table?.source_title) {
    sheet.text(2, 0, `原表：${table.source_title}`);
    sheet.merge(2, 0, 2, width - 1);
    return 3;
  }
  return 2;
}

/** A sheet's body for a table that is empty or missing. */
function statusRow(sheet: SheetBuilder, row: number, reading: Reading, id: TableId, width: number): void {
  const table = reading.tables[id];
  const text = table?.unrecognised_title
    ? `本表未读取：${unrecognisedTitleReason(id, table.unrecognised_title)} / this table was not read: its title is not the standard one`
    : table?.status === "missing"
      ? "本表缺少：公开文件中没有这张表 / this table is missing from the disclosure"
      : `本表为空表${table?.note ? `：${table.note}` : ""} / empty table`;
  sheet.text(row, 0, text);
  sheet.merge(row, 0, row, Math.max(0, width - 1));
  sheet.rowOf.set("status", row);
}

function splitCode(code: string | undefined): [string, string, string] {
  if (!code) return ["", "", ""];
  return [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];
}

/** 表2, 3, 5, 6, 7, 8, 9, 11: coded (or named) rows under value columns. */
function codedSheet(reading: Reading, id: TableId, table: ColumnTable | undefined): SheetBuilder {
  const sheet = tableSheetBuilder(reading, id);
  const columns = table?.columns ?? [];
  const named = id === "11";
  const economic = id === "6";
  const leading = named ? ["项目名称"] : economic ? ["类", "款", "经济分类科目名称"] : id === "7" ? ["类", "款", "项", "科目名称", "项目名称"] : ["类", "款", "项", "功能分类科目名称"];
  const width = leading.length + Math.max(columns.length, 1);
  let row = titleRows(sheet, id, reading, width);
  // Header: a group row where the table groups its columns, then the column names.
  const groups = GROUPS[id];
  const headerTop = row;
  if (groups) {
    for (const [title, keys] of groups) {
      // Only the group's columns this table has, where they stand side by side.
      const indexes = keys.map((k) => columns.indexOf(k)).filter((i) => i >= 0);
      if (indexes.length === 0) continue;
      const first = Math.min(...indexes);
      const last = Math.max(...indexes);
      if (last - first + 1 !== indexes.length) continue;
      sheet.set(row, leading.length + first, { value: title, format: "@", header: true, bold: true, align: "center" });
      sheet.merge(row, leading.length + first, row, leading.length + last);
    }
    row++;
  }
  if (!named) {
    sheet.set(headerTop, 0, { value: economic ? "经济分类科目编码" : "功能分类科目编码", format: "@", header: true, bold: true, align: "center" });
    if (groups) sheet.merge(headerTop, 0, headerTop, economic ? 1 : 2);
  }
  sheet.header(row, [...leading, ...columns.map(label)]);
  if (groups) {
    // Columns outside a group span both header rows.
    columns.forEach((column, i) => {
      if (!groups.some(([, keys]) => keys.includes(column))) {
        sheet.set(headerTop, leading.length + i, { value: label(column), format: "@", header: true, bold: true, align: "center" });
        sheet.merge(headerTop, leading.length + i, row, leading.length + i);
      }
    });
  }
  columns.forEach((column, i) => sheet.columnOf.set(column, leading.length + i));
  row++;
  sheet.frozenRows = row;
  sheet.widths = [...leading.map((l) => (l.length > 4 ? 36 : 6)), ...columns.map(() => 14)];
  if (!table || table.status !== "present") {
    statusRow(sheet, row, reading, id, width);
    return sheet;
  }
  const nameColumn = named ? 0 : economic ? 2 : 3;
  sheet.columnOf.set("name", nameColumn);
  for (const [index, r] of (table.rows as CodedRow[]).entries()) {
    if (!named) {
      const [a, b, c] = splitCode(r.code);
      sheet.text(row, 0, a);
      sheet.text(row, 1, b);
      if (!economic) sheet.text(row, 2, c);
    }
    sheet.text(row, nameColumn, r.name ?? "");
    if (id === "7" && r.project) sheet.text(row, 4, r.project);
    columns.forEach((column, i) => sheet.figure(row, leading.length + i, r[column], `tables.${id}.rows.${index}.${column}`));
    const key = r.code ?? r.name ?? "";
    if (!sheet.rowOf.has(key)) sheet.rowOf.set(key, row);
    if (id === "7" && r.project) {
      sheet.rowOf.set(`${r.code} ${r.project}`, row);
      sheet.rowOf.set(`${r.code} ${compact(r.project)}`, row);
    }
    row++;
  }
  sheet.text(row, nameColumn, "合计", { bold: true, align: "center" });
  columns.forEach((column, i) => sheet.figure(row, leading.length + i, table.total_row?.[column], `tables.${id}.total_row.${column}`));
  sheet.rowOf.set("合计", row);
  return sheet;
}

/** 表1 and 表4: income lines on the left, expense classes on the right. */
function incomeExpenseSheet(reading: Reading, id: "1" | "4", table: IncomeExpenseTable | undefined): SheetBuilder {
  const sheet = tableSheetBuilder(reading, id);
  const expenseColumns = id === "4" ? ["total", "general", "fund", "soe"] : ["amount"];
  const width = 4 + expenseColumns.length;
  let row = titleRows(sheet, id, reading, width);
  sheet.set(row, 0, { value: id === "4" ? "财政拨款收入" : "收入", format: "@", header: true, bold: true, align: "center" });
  sheet.merge(row, 0, row, 1);
  sheet.set(row, 2, { value: id === "4" ? "财政拨款支出" : "支出", format: "@", header: true, bold: true, align: "center" });
  sheet.merge(row, 2, row, width - 1);
  row++;
  const amountLabel = id === "4" ? ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"] : ["预算数"];
  sheet.header(row, ["项目", "预算数", "功能分类", "科目名称", ...amountLabel]);
  sheet.columnOf.set("income", 1);
  sheet.columnOf.set("name", 3);
  expenseColumns.forEach((c, i) => sheet.columnOf.set(c, 4 + i));
  row++;
  sheet.frozenRows = row;
  sheet.widths = [34, 14, 8, 30, ...expenseColumns.map(() => 14)];
  if (!table || table.status !== "present") {
    statusRow(sheet, row, reading, id, width);
    return sheet;
  }
  const lines = Math.max(table.income.length, table.expense.length);
  for (let i = 0; i < lines; i++, row++) {
    const income = table.income[i];
    if (income) {
      sheet.text(row, 0, income.label);
      sheet.figure(row, 1, income.amount, `tables.${id}.income.${i}.amount`);
      sheet.rowOf.set(income.key, row);
    }
    const expense = table.expense[i];
    if (expense) {
      sheet.text(row, 2, expense.code);
      sheet.text(row, 3, expense.name);
      expenseColumns.forEach((c, j) => sheet.figure(row, 4 + j, expense[c], `tables.${id}.expense.${i}.${c}`));
      sheet.rowOf.set(expense.code, row);
    }
  }
  sheet.text(row, 0, "收入总计", { bold: true, align: "center" });
  sheet.figure(row, 1, table.income_total, `tables.${id}.income_total`);
  sheet.text(row, 3, "支出总计", { bold: true, align: "center" });
  const total = table.expense_total;
  if (typeof total === "string" || id === "1") sheet.figure(row, 4, typeof total === "string" ? total : undefined, `tables.${id}.expense_total`);
  else expenseColumns.forEach((c, j) => sheet.figure(row, 4 + j, total?.[c], `tables.${id}.expense_total.${c}`));
  sheet.rowOf.set("收入总计", row);
  sheet.rowOf.set("支出总计", row);
  return sheet;
}

/** 表10: the "三公" rows under their funding columns. */
function threePublicSheet(reading: Reading, table: ColumnTable | undefined): SheetBuilder {
  const sheet = tableSheetBuilder(reading, "10");
  const columns = table?.columns ?? ["total", "general", "fund", "soe"];
  const width = 1 + columns.length;
  let row = titleRows(sheet, "10", reading, width);
  sheet.header(row, ["“三公”经费支出内容", ...columns.map(label)]);
  columns.forEach((c, i) => sheet.columnOf.set(c, 1 + i));
  row++;
  sheet.frozenRows = row;
  sheet.widths = [34, ...columns.map(() => 14)];
  const rows = (table?.rows as KeyedRow[] | undefined) ?? [];
  for (const [index, r] of rows.entries()) {
    sheet.text(row, 0, r.label);
    columns.forEach((c, i) => sheet.figure(row, 1 + i, r[c], `tables.10.rows.${index}.${c}`));
    sheet.rowOf.set(r.key, row);
    sheet.rowOf.set(r.label, row);
    row++;
  }
  const status = reading.tables["10"]?.status;
  if (status !== "present") statusRow(sheet, row, reading, "10", width);
  return sheet;
}

/**
 * Below the table, how the reader read it where it had to judge (a code repaired by its name, a row
 * whose columns were ambiguous or did not balance): the reader never guesses silently, and the
 * reviewer in Excel sees it too.
 */
function readingNotes(sheet: SheetBuilder, notes: string[] | undefined): void {
  if (!notes || notes.length === 0) return;
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  let row = sheet.height + 1;
  sheet.text(row, 0, "读取说明 / how this table was read", { bold: true });
  sheet.merge(row, 0, row, width - 1);
  sheet.rowOf.set("notes", row);
  for (const note of notes) {
    row++;
    sheet.text(row, 0, note);
    sheet.merge(row, 0, row, width - 1);
  }
}

export function tableSheet(reading: Reading, id: TableId): SheetBuilder {
  const table = reading.tables[id];
  const sheet =
    id === "1" || id === "4"
      ? incomeExpenseSheet(reading, id, table && "income" in table ? (table as IncomeExpenseTable) : undefined)
      : id === "10"
        ? threePublicSheet(reading, table && "rows" in table ? (table as ColumnTable) : undefined)
        : codedSheet(reading, id, table && "rows" in table ? (table as ColumnTable) : undefined);
  readingNotes(sheet, table?.notes);
  return sheet;
}
