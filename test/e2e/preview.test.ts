/**
 * The built task pane in preview mode (a plain browser, no Office), served the way `npm start`
 * serves it: load the sample, see the table statuses and findings, import, find a flagged cell,
 * jump to it from the findings list. Nothing is asked of the network.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Server } from "node:http";
import type { Browser, Page } from "playwright-core";
// @ts-expect-error -- a plain ES module script without types
import { startServer } from "../../scripts/server.mjs";
import { launchChromium } from "./browser";
import { readDisclosureText } from "../shared-data";

const ARTIFACTS = resolve(__dirname, "..", "artifacts");
let server: Server;
let url: string;
let browser: Browser;
let page: Page;
const external: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  ({ server, url } = await startServer({ port: 0, https: false, quiet: true }));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  page.on("request", (request) => {
    if (!request.url().startsWith(url) && !request.url().startsWith("data:")) external.push(request.url());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  // The server's content security policy keeps office.js's telemetry frame from loading.
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/.test(message.text()) && !/telemetry/.test(message.text())) errors.push(message.text());
  });
  await page.goto(`${url}/taskpane.html`);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("task pane in preview mode", () => {
  it("renders, offline, with office.js from the local copy", async () => {
    await page.getByRole("heading", { name: /预算透镜/ }).waitFor({ timeout: 15_000 });
    await expect(page.getByTestId("host").textContent()).resolves.toContain("预览模式");
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("object");
  });

  it("reads the sample: unit, table statuses and findings by severity", async () => {
    await page.getByTestId("try-sample").click();
    await page.getByTestId("preview").waitFor();
    await expect(page.getByTestId("unit").textContent()).resolves.toBe("阿图什市幸福街道办事处");
    const statuses = await page.locator("[data-table]").evaluateAll((badges) => badges.map((b) => `${b.getAttribute("data-table")}:${b.getAttribute("data-status")}`));
    expect(statuses).toEqual(["1:present", "2:present", "3:present", "4:present", "5:present", "6:present", "7:present", "8:present", "9:empty", "10:empty", "11:present"]);
    await expect(page.locator('[data-severity="error"]').textContent()).resolves.toMatch(/^2 /);
    await expect(page.locator('[data-severity="rounding"]').textContent()).resolves.toMatch(/^2 /);
    expect(await page.getByTestId("problems").count()).toBe(0);
  });

  it("imports into the standard sheets, with the flagged cells filled and noted", async () => {
    await page.getByTestId("import").click();
    await page.getByTestId("imported").waitFor();
    const tabs = await page.locator("[data-sheet-tab]").evaluateAll((items) => items.map((t) => t.getAttribute("data-sheet-tab")));
    expect(tabs).toEqual(["overview", ...Array.from({ length: 11 }, (_, i) => `table-${i + 1}`), "claims", "subsidies", "findings"]);
    await expect(page.locator('[data-testid="sheet"] table').getAttribute("data-sheet")).resolves.toBe("概况");
    await page.locator('[data-sheet-tab="subsidies"]').click();
    const flagged = page.locator('[data-testid="sheet"] td[data-flag="error"]').first();
    await expect(flagged.textContent()).resolves.toBe("291.14");
    await expect(flagged.getAttribute("title")).resolves.toContain("应为 / expected: 290.46");
    await expect(flagged.evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe("rgb(246, 184, 162)");
  });

  it("jumps to a finding's cell from the findings list", async () => {
    const finding = page.locator('[data-testid="findings"] [data-cell^="表4"]').first();
    await finding.click();
    const selected = page.locator('[data-testid="sheet"] td[data-selected]');
    await selected.waitFor();
    await expect(selected.textContent()).resolves.toBe("抗疫特别国债还本支出");
    await expect(selected.getAttribute("data-flag")).resolves.toBe("warning");
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: resolve(ARTIFACTS, "taskpane-preview.png"), fullPage: false });
  });

  it("re-checks after an analyst corrects a figure in a sheet", async () => {
    await page.locator('[data-sheet-tab="table-3"]').click();
    const basic = page.locator('[data-testid="sheet"] tr', { hasText: "行政运行" }).locator("td[data-source]").nth(1);
    await expect(basic.textContent()).resolves.toBe("1,010.15");
    await basic.click();
    await basic.evaluate((td) => {
      td.textContent = "1,010.25";
      td.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await page.getByTestId("recheck").click();
    // 2010301's row no longer adds up, nor do 20103, 201 and 合计 in the 基本支出 column.
    await page.locator('[data-severity="error"]', { hasText: /^[3-9] / }).waitFor();
    await page.locator('[data-sheet-tab="table-3"]').click();
    const total = page.locator('[data-testid="sheet"] tr', { hasText: "行政运行" }).locator("td[data-source]").first();
    await expect(total.getAttribute("data-flag")).resolves.toBe("error");
    await expect(total.getAttribute("title")).resolves.toContain("应为 / expected: 1175.25");
  });

  it("shows what the reader could not find beside what it read (a disclosure cut off after 表7)", async () => {
    const text = readDisclosureText("atushi-xingfu-street-2024");
    const cut = text.indexOf("\n 表 8\n");
    expect(cut).toBeGreaterThan(0);
    await page.getByRole("textbox").fill(text.slice(0, cut));
    await page.getByTestId("problems").waitFor();
    const problems = await page.getByTestId("problems").textContent();
    expect(problems).toContain("读取问题");
    for (const id of ["8", "9", "10", "11"]) expect(problems).toContain(`缺少表${id}`);
    // In the pane's language only: the English half of each message is not shown beside the Chinese.
    expect(problems).not.toContain("is missing");
    await expect(page.locator('[data-table="8"]').getAttribute("data-status")).resolves.toBe("missing");
  });

  it("tells a table it could not read by its title from one that is missing", async () => {
    // (The tables up to 表7, as above: a shorter text to type.)
    const text = readDisclosureText("atushi-xingfu-street-2024");
    const upTo8 = text.slice(0, text.indexOf("\n 表 8\n"));
    const retitled = upTo8.replace(/^一般公共预算支出情况表$/m, "一般公共预算支出表");
    expect(retitled).not.toBe(upTo8);
    await page.getByRole("textbox").fill(retitled);
    const badge = page.locator('[data-table="5"]', { hasText: "未读取" });
    await badge.waitFor();
    await expect(badge.textContent()).resolves.toBe("表5 未读取");
    await expect(page.getByTestId("problems").textContent()).resolves.toContain("表5 未读取：文中“表5”的标题为“一般公共预算支出表”");
    await expect(badge.getAttribute("title")).resolves.toBe("一般公共预算支出表");
    await expect(page.locator('[data-table="6"]').getAttribute("data-status")).resolves.toBe("present");
  });

  it("says so when the text is no disclosure", async () => {
    await page.getByRole("textbox").fill("会议纪要：今天没有预算表。");
    await expect(page.getByRole("alert").or(page.locator(".fui-MessageBar")).first().textContent()).resolves.toContain("没有读到可用的预算内容");
  });

  it("reads a PDF chosen with the file picker (pdf.js and its worker served with the add-in)", async () => {
    await page.getByTestId("file").setInputFiles(resolve(__dirname, "..", "..", "..", "shared", "pdfs", "shanghai-putuo-wanli-2025.pdf"));
    await page.getByTestId("unit").filter({ hasText: "上海市普陀区人民政府万里街道办事处" }).waitFor({ timeout: 20_000 });
    const statuses = await page.locator("[data-table]").evaluateAll((badges) => badges.map((b) => `${b.getAttribute("data-table")}:${b.getAttribute("data-status")}`));
    expect(statuses).toEqual(["1:present", "2:present", "3:present", "4:present", "5:present", "6:present", "8:empty", "9:empty", "10:present"]);
  });

  it("made no request outside the local server and raised no error", () => {
    expect(external, external.join(", ")).toEqual([]);
    expect(errors, errors.join(", ")).toEqual([]);
  });
});
