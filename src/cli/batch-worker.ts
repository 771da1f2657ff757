/**
 * A batch worker thread: reviews the files it is sent and posts back each summary row and its
 * findings (and writes the per-disclosure workbook when asked), so a batch uses every core.
 */
import { parentPort } from "node:worker_threads";
import { buildWorkbook } from "../layout/build-workbook";
import { writeWorkbookFile } from "../xlsx/write-workbook";
import { reviewFile, summaryRow } from "./batch";

export interface WorkerTask {
  path: string;
  root: string;
  /** Where to write this disclosure's own workbook, if anywhere. */
  workbook?: string;
}

parentPort?.on("message", async (task: WorkerTask) => {
  try {
    const entry = await reviewFile(task.path, task.root);
    if (task.workbook && entry.reading && !entry.error) await writeWorkbookFile(buildWorkbook(entry.reading, entry.findings), task.workbook);
    parentPort!.postMessage({ file: entry.file, error: entry.error, findings: entry.findings, row: summaryRow(entry) });
  } catch (error) {
    const file = task.path;
    const message = `读取时出错 / failed: ${error instanceof Error ? error.message : String(error)}`;
    parentPort!.postMessage({ file, error: message, row: { file, errors: 0, warnings: 0, rounding: 0, top: [], error: message } });
  }
});
