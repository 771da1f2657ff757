/**
 * The built task pane in preview mode (a plain browser, no Office), served the way `npm start`
 * serves it: it renders, loads office.js from the local copy and asks nothing of the network.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
// @ts-expect-error -- a plain ES module script without types
import { startServer } from "../../scripts/server.mjs";
import { launchChromium } from "./browser";

const ARTIFACTS = resolve(__dirname, "..", "artifacts");
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, url } = await startServer({ port: 0, https: false, quiet: true }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("task pane preview", () => {
  it("renders the pane with its product name, offline, with office.js from the local copy", async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(url)) external.push(request.url());
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${url}/taskpane.html`);
    await page.getByRole("heading", { name: "BudgetLens 预算透镜" }).waitFor({ timeout: 15_000 });
    await expect(page.getByTestId("host").textContent()).resolves.toContain("预览模式");
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("object");
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: resolve(ARTIFACTS, "taskpane-preview.png") });
    await page.close();
  });
});
