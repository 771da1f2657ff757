// npm start: build, serve the add-in on https://localhost:3000, and sideload it into Excel where
// Excel is installed. Without Excel (Linux, CI, a reviewer's laptop) it serves the same page as a
// preview that runs in any browser.
import { execFileSync, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { startServer } from "./server.mjs";

const port = Number(process.env.PORT ?? 3000);
execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
const { url } = await startServer({ port });
console.log("");
console.log(`BudgetLens 预算透镜 is served at ${url}/taskpane.html`);
console.log(`  Preview in a browser (no Office needed): ${url}/taskpane.html`);
console.log(`  Manifest: ${url}/manifest.xml`);

function excelInstalled() {
  if (process.platform === "darwin") return existsSync("/Applications/Microsoft Excel.app");
  if (process.platform === "win32") {
    const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    return roots.some((root) => existsSync(`${root}\\Microsoft Office\\root\\Office16\\EXCEL.EXE`));
  }
  return false;
}

function debuggingTool() {
  try {
    return createRequire(import.meta.url).resolve("office-addin-debugging/cli.js");
  } catch {
    return null;
  }
}

const tool = debuggingTool();
if (excelInstalled() && tool && !process.env.CI) {
  console.log("  Excel found: sideloading the add-in (office-addin-debugging)…");
  spawn(process.execPath, [tool, "start", "dist/manifest.xml", "desktop", "--no-debug", "--dev-server-port", String(port)], {
    stdio: "inherit",
  }).on("exit", (code) => {
    if (code) console.log(`  Sideloading ended with code ${code}; the preview above still works.`);
  });
} else {
  console.log("  Excel is not installed here: use the preview URL above, or sideload dist/manifest.xml by hand.");
}
console.log("Press Ctrl+C to stop.");
