/**
 * Reviewing a folder of disclosures: every file read and checked, one summary row each, every
 * finding listed with its file; unreadable files listed with the reason, the run goes on.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { Decimal, YUAN_PER_WAN } from "../amount";
import { readDisclosure, readingIsUsable } from "../reader/read-disclosure";
import type { ColumnTable, IncomeExpenseTable, Reading } from "../reader/types";
import { checkReading } from "../rules/check";
import type { Finding } from "../rules/types";
import { displayName, loadDisclosure, STANDARD_INPUT } from "./load";
import { reasonOf, workbookWriteFailure, writeDisclosureWorkbook } from "./workbooks";

export interface BatchEntry {
  file: string;
  /** Why the file could not be read; absent for a disclosure that was read. */
  error?: string;
  reading?: Reading;
  findings?: Finding[];
}

export interface BatchSummaryRow {
  file: string;
  unit?: string;
  year?: number;
  layout?: string;
  /** The part the narrative's sections stand in ("第三部分"), for naming them. */
  narrative_part?: string;
  total?: string;
  fiscal?: string;
  basic?: string;
  project?: string;
  three_public?: string;
  staff?: number;
  errors: number;
  warnings: number;
  rounding: number;
  top: string[];
  error?: string;
  /** Why the file's own workbook (--each) could not be written; the file was read and checked. */
  workbook_error?: string;
}

/** Disclosure files under a folder (and below), in a stable order. */
export function disclosureFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const info = statSync(path);
      if (info.isDirectory()) walk(path);
      else if (/\.(txt|pdf)$/i.test(name)) files.push(path);
    }
  };
  walk(dir);
  return files;
}

/**
 * Reads and checks one file: its reading and findings, or the reason it cannot be read (with
 * the reading, where there is text but nothing usable in it).
 */
export async function reviewFile(path: string, root: string): Promise<BatchEntry> {
  const file = nameUnder(path, root);
  const loaded = await loadDisclosure(path);
  if ("error" in loaded) return { file, error: loaded.error };
  const reading = readDisclosure(loaded.text, file, loaded);
  if (!readingIsUsable(reading)) return { file, reading, error: `没有读到可用的预算内容 / nothing usable was read: ${reading.problems.join("; ")}` };
  const findings = checkReading(reading);
  reading.findings = findings;
  return { file, reading, findings };
}

/** How a file is named in reports: by its path under the folder reviewed. */
function nameUnder(path: string, root: string): string {
  return path === STANDARD_INPUT ? displayName(path) : relative(root, path) || path;
}

/** What a batch keeps of one file: its summary row and findings (the reading itself is let go). */
export interface ReviewResult {
  file: string;
  error?: string;
  findings?: Finding[];
  row: BatchSummaryRow;
}

/**
 * Reviews one file for the batch summary, writing its own workbook too where one is asked for. A
 * failure on the file (an exception, a workbook that cannot be written) is made that file's row.
 */
export async function reviewForSummary(path: string, root: string, workbook: string | undefined): Promise<ReviewResult> {
  try {
    return await reviewAndWrite(path, root, workbook);
  } catch (error) {
    const file = nameUnder(path, root);
    const message = `处理时出错 / failed: ${reasonOf(error)}`;
    return { file, error: message, row: summaryRow({ file, error: message }) };
  }
}

async function reviewAndWrite(path: string, root: string, workbook: string | undefined): Promise<ReviewResult> {
  const entry = await reviewFile(path, root);
  let workbookError: string | undefined;
  if (workbook && entry.reading && !entry.error) {
    try {
      await writeDisclosureWorkbook(entry.reading, entry.findings, workbook);
    } catch (error) {
      // The file was read and checked: its findings stay, with why its workbook is missing.
      workbookError = workbookWriteFailure(workbook, error);
    }
  }
  // The summary names each file by its path under the folder: so does the reason it was not read.
  const error = entry.error?.split(path).join(entry.file);
  const row = summaryRow({ ...entry, error });
  if (workbookError) row.workbook_error = workbookError;
  return { file: entry.file, error, findings: entry.findings, row };
}

/** A table figure in 万元, whatever unit the table prints (the summary compares units side by side). */
function inWan(value: string | undefined, unit: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return unit === "元" ? new Decimal(value).div(YUAN_PER_WAN).toFixed(2) : value;
}

export function summaryRow(entry: BatchEntry): BatchSummaryRow {
  if (entry.error || !entry.reading || !entry.findings) return { file: entry.file, errors: 0, warnings: 0, rounding: 0, top: [], error: entry.error };
  const reading = entry.reading;
  const t1 = reading.tables["1"] as IncomeExpenseTable | undefined;
  const t3 = reading.tables["3"] as ColumnTable | undefined;
  const t4 = reading.tables["4"] as IncomeExpenseTable | undefined;
  const t10 = reading.tables["10"] as ColumnTable | undefined;
  const count = (severity: string) => entry.findings!.filter((f) => f.severity === severity).length;
  return {
    file: entry.file,
    unit: reading.unit,
    year: reading.year,
    layout: reading.layout,
    narrative_part: reading.narrative_part,
    total: inWan(t1?.income_total, t1?.unit),
    fiscal: inWan(t4?.income_total ?? t4?.income?.find((l) => l.key === "fiscal_total")?.amount, t4?.unit),
    basic: inWan(t3?.total_row?.basic, t3?.unit),
    project: inWan(t3?.total_row?.project, t3?.unit),
    // A 表10 shown empty (its note: no 三公 spending this year) is 0, not unknown.
    three_public: t10?.status === "empty" ? "0.00" : inWan(t10?.rows?.find((r) => "key" in r && r.key === "total")?.total as string | undefined, t10?.unit),
    staff: reading.staff.actual,
    errors: count("error"),
    warnings: count("warning"),
    rounding: count("rounding"),
    top: entry.findings.filter((f) => f.severity === "error" || f.severity === "warning").slice(0, 3).map((f) => f.message),
  };
}

/** Columns a terminal gives the text: two for a Chinese character or a full-width form, one otherwise. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}

function padToWidth(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * The batch on a terminal: one line per file — its errors, warnings and rounding findings, the file,
 * and its unit (or, for a file that could not be read, why).
 */
export function formatBatchTable(rows: BatchSummaryRow[]): string[] {
  const fileWidth = Math.min(48, Math.max(displayWidth("文件 file"), ...rows.map((r) => displayWidth(r.file))));
  const lines = [`  错误  提示  舍入  ${padToWidth("文件 file", fileWidth)}  单位 unit`, `   err  warn round`];
  for (const row of rows) {
    const counts = (row.error ? ["—", "—", "—"] : [row.errors, row.warnings, row.rounding]).map((n) => String(n).padStart(4)).join("  ");
    const about = row.error
      ? `无法读取 unreadable：${row.error}`
      : [row.unit ?? "（未读出单位名称 unit not found）", row.year].filter((x) => x !== undefined).join(" ") + (row.workbook_error ? `；未写出工作簿 workbook not written：${row.workbook_error}` : "");
    lines.push(`  ${counts}  ${padToWidth(row.file, fileWidth)}  ${about}`);
  }
  return lines;
}

/** A progress line on stderr: files done / total and the rate. */
export function progressLine(done: number, total: number, startedMs: number, nowMs: number): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const seconds = Math.max((nowMs - startedMs) / 1000, 1e-3);
  return `[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} 个文件 files, ${(done / seconds).toFixed(1)}/s`;
}
