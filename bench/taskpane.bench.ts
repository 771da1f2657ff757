/** The task pane: gzipped bundle size, and the time to first render in headless Chromium. */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { median, report } from "./measure";
// @ts-expect-error -- a plain ES module script without types
import { startServer } from "../scripts/server.mjs";

export async function benchTaskpane(): Promise<void> {
  console.log("Task pane");
  if (!existsSync("dist/taskpane.js")) {
    console.log("  (run npm run build first: dist/ is missing)");
    return;
  }
  const scripts = readdirSync("dist", { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".js"));
  const initial = gzipSync(readFileSync("dist/taskpane.js")).length;
  const all = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(join("dist", f))).length, 0);
  report("bundle loaded at start (taskpane.js, gzipped)", `${(initial / 1024).toFixed(0)} KB`, "≤ 350 KB");
  report("all scripts incl. the Excel writer chunks (gzipped)", `${(all / 1024).toFixed(0)} KB`);
  if (!existsSync("/usr/bin/chromium")) {
    console.log("  (no /usr/bin/chromium: first render not measured)");
    return;
  }
  const { server, url } = await startServer({ port: 0, https: false, quiet: true });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      await page.goto(`${url}/taskpane.html`);
      await page.getByRole("heading", { name: /预算透镜/ }).waitFor();
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    report("time to first render (median of 5, from navigation)", `${median(times).toFixed(0)} ms`, "≤ 1 s");
  } finally {
    await browser.close();
    server.close();
  }
}
