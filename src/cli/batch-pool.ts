/**
 * Reviews files on every core: a pool of worker threads (src/cli/batch-worker.ts), one file at a
 * time each, results in the order of the files.
 *
 * Reading allocates heavily and V8's garbage collector already works on a second core, so on a
 * 2-core machine two workers are no faster than one thread (measured: 3.5 s each for what one
 * thread does in 2.1 s). The pool starts at 4 cores; BUDGET_LENS_THREADS overrides.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { reviewForSummary, type ReviewResult } from "./batch";

export type { ReviewResult };

export async function reviewAll(
  files: string[],
  root: string,
  workbookFor: (path: string) => string | undefined,
  progress: (done: number) => void,
): Promise<ReviewResult[]> {
  const cores = availableParallelism();
  const threads = Number(process.env.BUDGET_LENS_THREADS) || (cores >= 4 ? Math.min(cores - 1, 8, Math.ceil(files.length / 8)) : 1);
  const results: ReviewResult[] = new Array(files.length);
  let done = 0;
  if (threads <= 1) {
    for (const [i, path] of files.entries()) {
      results[i] = await reviewForSummary(path, root, workbookFor(path));
      progress(++done);
    }
    return results;
  }
  const workerUrl = new URL("./batch-worker-entry.mjs", import.meta.url);
  let next = 0;
  await Promise.all(
    Array.from({ length: threads }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerUrl);
        let current = -1;
        const send = () => {
          if (next >= files.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          current = next++;
          worker.postMessage({ path: files[current], root, workbook: workbookFor(files[current]) });
        };
        worker.on("message", (result: ReviewResult) => {
          results[current] = result;
          progress(++done);
          send();
        });
        worker.on("error", reject);
        send();
      }),
    ),
  );
  return results;
}
