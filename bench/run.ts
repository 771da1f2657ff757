/**
 * npm run bench: prints the speed figures the issues set goals for. It measures; it does not
 * fail on a slow machine (the tests check behaviour, not time).
 *
 * Each section runs in a fresh process, as the command and the add-in do: in one shared process
 * the custom-functions section, run first, slowed the reader's figures that followed by a third.
 * `npm run bench -- reader` runs one section.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const sections = process.argv.length > 2 ? process.argv.slice(2) : ["functions", "reader", "pdf", "batch", "taskpane"];
const script = fileURLToPath(new URL("./section.ts", import.meta.url));
console.log(`BudgetLens benchmark — node ${process.version}, ${process.platform}/${process.arch}`);
let failed = 0;
for (const section of sections) {
  const run = spawnSync(process.execPath, ["--import", "tsx", script, section], { stdio: "inherit" });
  if (run.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
