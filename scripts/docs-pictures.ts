/**
 * Makes the README's picture of a batch summary: runs the batch review over the shared disclosures,
 * renders the 汇总 sheet as HTML and screenshots it in headless Chromium.
 * Usage: npx tsx scripts/docs-pictures.ts (needs ../shared and /usr/bin/chromium).
 */
import { mkdtempSync, copyFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { disclosureFiles, reviewFile, summaryRow } from "../src/cli/batch";
import { sheetToHtml } from "../src/layout/html";
import { buildSummary } from "../src/layout/summary";

const shared = resolve("..", "shared", "disclosures");
const folder = mkdtempSync(join(tmpdir(), "budget-lens-docs-"));
for (const file of disclosureFiles(shared)) copyFileSync(file, join(folder, file.split("/").pop()!));
writeFileSync(join(folder, "会议纪要.txt"), "会议纪要：没有预算表。\n");
const entries = await Promise.all(disclosureFiles(folder).map((f) => reviewFile(f, folder)));
const layout = buildSummary(entries.map(summaryRow), entries);
const html = `<!doctype html><meta charset="utf-8"><style>
  body { font: 13px "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; margin: 12px; }
  table { border-collapse: collapse; table-layout: fixed; }
  td { border: 1px solid #c8c8c8; padding: 3px 6px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
</style>${sheetToHtml(layout.sheets[0])}`;
const page = join(folder, "summary.html");
writeFileSync(page, html);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const tab = await browser.newPage({ viewport: { width: 1500, height: 220 } });
await tab.goto(`file://${page}`);
await tab.locator("table").screenshot({ path: "docs/batch-summary.png", scale: "css" });
await browser.close();
console.log("docs/batch-summary.png");
