// The one build: Vite bundles the task pane + custom functions page into dist/, then the custom
// functions metadata (en-US and zh-CN) and the manifest are added beside it.
// ADDIN_BASE_URL=https://example.org/budgetlens npm run build points the manifest elsewhere.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { build } from "vite";

await build({ configFile: "vite.config.ts", logLevel: process.env.CI ? "warn" : "info" });
execFileSync(process.execPath, ["scripts/generate-metadata.mjs", "dist"], { stdio: "inherit" });
const base = process.env.ADDIN_BASE_URL?.replace(/\/$/, "");
if (base) {
  const manifest = readFileSync("manifest.xml", "utf8").replaceAll("https://localhost:3000", base);
  writeFileSync("dist/manifest.xml", manifest);
} else {
  copyFileSync("manifest.xml", "dist/manifest.xml");
}
console.log("build: dist/ is ready (taskpane.html, taskpane.js, functions.json, functions.zh-CN.json, manifest.xml, assets/)");
