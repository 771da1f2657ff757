/**
 * Writing the CLI's workbooks. The writer (ExcelJS, a quarter second to load) is loaded when a
 * workbook is first written, so `check` and a batch without workbooks never pay for it.
 */
import type { BatchEntry, BatchSummaryRow } from "./batch";
import type { Finding } from "../rules/types";
import type { Reading } from "../reader/types";

/** The standard workbook of one disclosure (概况, 表1…表11, 说明核对, 补贴核对, 问题清单). */
export async function writeDisclosureWorkbook(reading: Reading, findings: Finding[] | undefined, path: string): Promise<void> {
  const [{ buildWorkbook }, { writeWorkbookFile }] = await Promise.all([import("../layout/build-workbook"), import("../xlsx/write-workbook")]);
  await writeWorkbookFile(buildWorkbook(reading, findings), path);
}

/** The batch summary: one row per file, and every finding with its file. */
export async function writeSummaryWorkbook(rows: BatchSummaryRow[], entries: BatchEntry[], path: string): Promise<void> {
  const [{ buildSummary }, { writeWorkbookFile }] = await Promise.all([import("../layout/summary"), import("../xlsx/write-workbook")]);
  await writeWorkbookFile(buildSummary(rows, entries), path);
}

/** What went wrong, as a message says it. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A workbook that could not be written (writeWorkbookFile leaves a file already at the path as it was). */
export function workbookWriteFailure(path: string, error: unknown): string {
  return `无法写入工作簿 ${path}（${reasonOf(error)}）；已有的同名文件保持原样 / could not write the workbook; a file already there is unchanged`;
}
