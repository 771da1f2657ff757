/**
 * A batch worker thread: reviews the files it is sent and posts back each summary row and its
 * findings (and writes the per-disclosure workbook when asked), so a batch uses every core.
 */
import { parentPort } from "node:worker_threads";
import { reviewForSummary } from "./batch";

export interface WorkerTask {
  path: string;
  root: string;
  /** Where to write this disclosure's own workbook, if anywhere. */
  workbook?: string;
}

parentPort?.on("message", async (task: WorkerTask) => {
  parentPort!.postMessage(await reviewForSummary(task.path, task.root, task.workbook));
});
