/**
 * One section of `npm run bench`, run in a process of its own (bench/run.ts starts one per section)
 * so that no section's heap or compiled code colours another's figures.
 */
import "./host";
import { benchFunctions } from "./functions.bench";
import { benchReader } from "./reader.bench";
import { benchBatch } from "./batch.bench";
import { benchTaskpane } from "./taskpane.bench";
import { benchPdf } from "./pdf.bench";

const SECTIONS: Record<string, () => unknown> = {
  functions: benchFunctions,
  reader: benchReader,
  pdf: benchPdf,
  batch: benchBatch,
  taskpane: benchTaskpane,
};

const name = process.argv[2] ?? "";
const section = SECTIONS[name];
if (!section) {
  console.error(`unknown benchmark section "${name}"; one of: ${Object.keys(SECTIONS).join(", ")}`);
  process.exit(2);
}
await section();
