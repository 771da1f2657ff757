/** Batch review: 1,000 disclosures (the shared ones repeated) read, checked and summarized. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { disclosureFiles } from "../src/cli/batch";
import { reviewAll } from "../src/cli/batch-pool";
import { buildSummary } from "../src/layout/summary";
import { writeWorkbookFile } from "../src/xlsx/write-workbook";
import { report } from "./measure";
import { sharedDisclosures } from "./reader.bench";

export async function benchBatch(count = 1000): Promise<void> {
  console.log("Batch review");
  const dir = mkdtempSync(join(tmpdir(), "budget-lens-bench-"));
  try {
    const disclosures = sharedDisclosures();
    for (let i = 0; i < count; i++) {
      const { name, text } = disclosures[i % disclosures.length];
      writeFileSync(join(dir, `${String(i).padStart(4, "0")}-${name}.txt`), text);
    }
    let peak = process.memoryUsage().rss;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const start = performance.now();
    const files = disclosureFiles(dir);
    // The same path as `budget-lens batch`: a worker thread per core.
    const entries = await reviewAll(files, dir, () => undefined, () => undefined);
    const reviewed = performance.now();
    await writeWorkbookFile(buildSummary(entries.map((e) => e.row), entries), join(dir, "summary.xlsx"));
    const done = performance.now();
    clearInterval(sample);
    peak = Math.max(peak, process.memoryUsage().rss);
    report(`${count} disclosures read + checked`, `${((reviewed - start) / 1000).toFixed(2)} s`);
    report(`… and the summary workbook written`, `${((done - start) / 1000).toFixed(2)} s`, "≤ 10 s");
    report("throughput", `${(count / ((done - start) / 1000)).toFixed(0)} files/s`);
    report("peak memory (RSS)", `${(peak / 1024 / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
