/**
 * budget-lens import and batch, as a reviewer runs them: the workbooks are read back with ExcelJS
 * and checked for sheet names, values, number formats, fills, notes, hyperlinks and formulas.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { FLAG_FILLS } from "../src/layout/types";
import { readDisclosure } from "../src/reader/read-disclosure";
import { checkReading } from "../src/rules/check";
import { SHARED_DIR, readDisclosureText } from "./shared-data";

const BIN = resolve(__dirname, "..", "bin", "budget-lens.mjs");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 120_000 });
const disclosure = (name: string) => join(SHARED_DIR, "disclosures", `${name}.txt`);
const dir = mkdtempSync(join(tmpdir(), "budget-lens-workbook-"));

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The row whose cells in the first columns read as the given texts. */
function findRow(sheet: ExcelJS.Worksheet, test: (row: ExcelJS.Row) => boolean): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && test(row)) found = row;
  });
  if (!found) throw new Error(`no such row in ${sheet.name}`);
  return found;
}
const text = (cell: ExcelJS.Cell) => (typeof cell.value === "object" && cell.value && "text" in cell.value ? String(cell.value.text) : String(cell.value ?? ""));
const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe("budget-lens import", () => {
  const out = join(dir, "atushi.xlsx");
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const result = run("import", disclosure("atushi-xingfu-street-2024"), "-o", out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/2 错误 errors/);
    workbook = await open(out);
  });

  it("has the standard sheets in order", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "概况", "表1 收支总体", "表2 收入总体", "表3 支出总体", "表4 财政拨款收支", "表5 一般公共预算支出", "表6 基本支出",
      "表7 项目支出", "表8 政府性基金", "表9 国有资本经营", "表10 三公经费", "表11 上年结转结余", "说明核对", "补贴核对", "问题清单",
    ]);
  });

  it("writes codes as text with their leading zeros, amounts as numbers in a two-decimal thousands format", () => {
    const sheet = workbook.getWorksheet("表3 支出总体")!;
    const row = findRow(sheet, (r) => text(r.getCell(1)) === "201" && text(r.getCell(2)) === "03" && text(r.getCell(3)) === "01");
    expect(text(row.getCell(4))).toBe("行政运行");
    expect(row.getCell(5).value).toBe(1175.15);
    expect(row.getCell(5).numFmt).toBe("#,##0.00");
    expect(row.getCell(2).numFmt).toBe("@");
    const total = findRow(sheet, (r) => text(r.getCell(4)) === "合计");
    expect([total.getCell(5).value, total.getCell(6).value, total.getCell(7).value]).toEqual([4686.81, 3253.79, 1433.02]);
    expect(text(sheet.getCell("A1"))).toBe("表3 单位支出总体情况表");
    expect(text(sheet.getCell("P2") ?? sheet.getCell("G2"))).toBeDefined();
  });

  it("merges the title and header cells as printed", () => {
    const sheet = workbook.getWorksheet("表2 收入总体")!;
    expect(sheet.getCell("B1").isMerged).toBe(true);
    expect(text(sheet.getCell("F3"))).toBe("财政拨款（补助）");
    expect(sheet.getCell("G3").isMerged).toBe(true);
    // The cells a merge covers carry its first cell's style (a header's fill spans the merge).
    expect(sheet.getCell("G3").fill).toEqual(sheet.getCell("F3").fill);
    expect((sheet.getCell("F3").fill as ExcelJS.FillPattern).pattern).toBe("solid");
    expect(sheet.getCell("B1").font).toEqual(sheet.getCell("A1").font);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
  });

  it("flags the 城市低保 subsidy in 补贴核对: error fill and a note with printed, expected and why", () => {
    const sheet = workbook.getWorksheet("补贴核对")!;
    const row = findRow(sheet, (r) => text(r.getCell(1)).includes("城市低保"));
    const amount = row.getCell(7);
    expect(amount.value).toBe(291.14);
    expect(fillOf(amount)).toBe(`FF${FLAG_FILLS.error}`);
    const note = typeof amount.note === "string" ? amount.note : JSON.stringify(amount.note);
    expect(note).toContain("印出 / printed: 291.14");
    expect(note).toContain("应为 / expected: 290.46");
    expect(note).toContain("按 12 个月计");
    // A live, native formula: persons × standard × months ÷ 10,000, with its value computed exactly.
    expect((row.getCell(8).value as ExcelJS.CellFormulaValue).formula).toBe(`B${row.number}*C${row.number}*E${row.number}/10000`);
    expect((row.getCell(8).value as ExcelJS.CellFormulaValue).result).toBe(290.4552);
    expect((row.getCell(9).value as ExcelJS.CellFormulaValue).result).toBeCloseTo(0.6848, 10);
  });

  it("recomputes each claim with native formulas pointing at its figures", () => {
    const sheet = workbook.getWorksheet("说明核对")!;
    const row = findRow(sheet, (r) => text(r.getCell(2)) === "一般公共预算" && text(r.getCell(1)) === "二");
    expect(row.getCell(3).value).toBe(3623.39);
    expect(row.getCell(4).value).toBeCloseTo(0.7731, 10);
    expect(row.getCell(4).numFmt).toBe("0.00%");
    expect((row.getCell(5).value as ExcelJS.CellFormulaValue).formula).toMatch(/^'表1 收支总体'!B\d+$/);
    expect((row.getCell(6).value as ExcelJS.CellFormulaValue).formula).toBe(`C${row.number}/E${row.number}`);
    expect(((row.getCell(6).value as ExcelJS.CellFormulaValue).result as number).toFixed(4)).toBe("0.7731");
    expect(((row.getCell(10).value as ExcelJS.CellFormulaValue).result as number).toFixed(4)).toBe("-0.1143");
    expect((row.getCell(10).value as ExcelJS.CellFormulaValue).formula).toContain(`(C${row.number}-H${row.number})/H${row.number}`);
    const rounding = findRow(sheet, (r) => text(r.getCell(2)) === "财政拨款结转");
    expect(fillOf(rounding.getCell(4))).toBe(`FF${FLAG_FILLS.rounding}`);
  });

  it("lists every finding in 问题清单 with a link to its cell", () => {
    const sheet = workbook.getWorksheet("问题清单")!;
    // One row per finding the core makes of the same text (its two errors, a code warning, roundings, a unit slip).
    const findings = checkReading(readDisclosure(readDisclosureText("atushi-xingfu-street-2024")));
    expect(findings.length).toBeGreaterThanOrEqual(5);
    expect(sheet.rowCount).toBe(1 + findings.length);
    const warning = findRow(sheet, (r) => text(r.getCell(4)) === "code-consistency");
    const link = warning.getCell(9).value as ExcelJS.CellHyperlinkValue;
    expect(link.hyperlink).toMatch(/^#'表4 财政拨款收支'!D\d+$/);
    const target = workbook.getWorksheet("表4 财政拨款收支")!.getCell(link.hyperlink.split("!")[1]);
    expect(text(target)).toBe("抗疫特别国债还本支出");
    expect(fillOf(target)).toBe(`FF${FLAG_FILLS.warning}`);
  });

  it("gives an overview with the table statuses, linked to their sheets", () => {
    const sheet = workbook.getWorksheet("概况")!;
    expect(text(sheet.getCell("B3"))).toBe("阿图什市幸福街道办事处");
    const row = findRow(sheet, (r) => text(r.getCell(1)) === "表9");
    expect(text(row.getCell(3))).toBe("空表");
    expect((row.getCell(1).value as ExcelJS.CellHyperlinkValue).hyperlink).toBe("#'表9 国有资本经营'!A1");
    const income = findRow(sheet, (r) => text(r.getCell(1)) === "收入总计");
    expect([income.getCell(2).value, text(income.getCell(3))]).toEqual([4686.81, "万元"]);
    expect(findRow(sheet, (r) => text(r.getCell(1)) === "基本支出").getCell(2).value).toBe(3253.79);
  });

  it("writes text from the disclosure as text, never as a formula", async () => {
    const crafted = join(dir, "crafted.txt");
    const source = spawnSync("cat", [disclosure("atushi-xingfu-street-2024")], { encoding: "utf8" }).stdout.replaceAll("行政运行", "=HYPERLINK(\"http://x\")");
    writeFileSync(crafted, source);
    const path = join(dir, "crafted.xlsx");
    expect(run("import", crafted, "-o", path).status).toBe(0);
    const book = await open(path);
    let formulas = 0;
    book.getWorksheet("表3 支出总体")!.eachRow((row) => row.eachCell((cell) => {
      if (cell.formula) formulas++;
    }));
    expect(formulas).toBe(0);
    const cell = findRow(book.getWorksheet("表3 支出总体")!, (r) => text(r.getCell(4)).startsWith("=HYPERLINK")).getCell(4);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  });
});

describe("writing a workbook where it cannot be written", () => {
  it("names a missing folder or a folder given as the file, before reading anything, and writes nothing", () => {
    const missing = run("import", disclosure("atushi-xingfu-street-2024"), "-o", join(dir, "no-such-folder", "x.xlsx"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`找不到文件夹 ${join(dir, "no-such-folder")}`);
    const folder = mkdtempSync(join(dir, "folder-"));
    const onFolder = run("import", disclosure("atushi-xingfu-street-2024"), "-o", folder);
    expect(onFolder.status).toBe(2);
    expect(onFolder.stderr).toContain("是文件夹，不是文件");
    expect(readdirSync(folder)).toEqual([]);
    const batch = run("batch", join(SHARED_DIR, "disclosures"), "-o", join(dir, "no-such-folder", "summary.xlsx"));
    expect(batch.status).toBe(2);
    expect(batch.stderr).toContain("找不到文件夹");
  });

  it("batch --each: a file given as the folder is named; a workbook that cannot be written is that file's row, the others are written", async () => {
    const notFolder = join(dir, "each-is-a-file");
    writeFileSync(notFolder, "");
    const refused = run("batch", join(SHARED_DIR, "disclosures"), "--each", notFolder);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("是文件，不是文件夹");
    const each = mkdtempSync(join(dir, "each-"));
    // A folder where 希望街道's workbook would go.
    mkdirSync(join(each, "korla-xiwang-street-2024.xlsx"));
    const result = run("batch", join(SHARED_DIR, "disclosures"), "--each", each);
    const line = result.stdout.split("\n").find((l) => l.includes("korla-xiwang-street-2024.txt"))!;
    // The file was read and checked: its counts and unit stay, with why its workbook is missing.
    expect(line).toMatch(/^\s+0\s+3\s+4\s+korla-xiwang-street-2024\.txt\s+库尔勒市希望街道办事处 2024；未写出工作簿 workbook not written：无法写入工作簿/);
    expect(result.stdout).toContain("4 已核对 checked, 2 有错误 with errors, 0 无法读取 unreadable, 1 个工作簿未写出 workbooks not written");
    expect(readdirSync(each).sort()).toEqual(["atushi-xingfu-street-2024.xlsx", "korla-etdz-social-affairs-2024.xlsx", "korla-xiwang-street-2024.xlsx", "shanghai-putuo-wanli-2025.xlsx"]);
    expect(result.status).toBe(1);
    // With no error found, a workbook not written makes the run fail (exit 2), not pass.
    const clean = mkdtempSync(join(dir, "clean-"));
    writeFileSync(join(clean, "xiwang.txt"), readDisclosureText("korla-xiwang-street-2024"));
    const blocked = mkdtempSync(join(dir, "each-"));
    mkdirSync(join(blocked, "xiwang.xlsx"));
    const summaryPath = join(mkdtempSync(join(dir, "summary-")), "summary.xlsx");
    const failed = run("batch", clean, "--each", blocked, "-o", summaryPath);
    expect(failed.stdout).toContain("1 个工作簿未写出");
    expect(failed.status).toBe(2);
    // On the summary sheet, the row keeps its counts and says so, flagged.
    const summaryRow = (await open(summaryPath)).getWorksheet("汇总")!.getRow(2);
    expect(summaryRow.getCell(12).value).toBe(3);
    expect(text(summaryRow.getCell(14))).toMatch(/未写出工作簿$/);
    expect(JSON.stringify(summaryRow.getCell(14).note)).toContain("无法写入工作簿");
    expect(run("batch", clean, "--each", mkdtempSync(join(dir, "each-"))).status).toBe(0);
  });

  it("a write that fails part way leaves the file already at the path as it was, and no partial file", async () => {
    const { writeWorkbookFile } = await import("../src/xlsx/write-workbook");
    const { buildWorkbook } = await import("../src/layout/build-workbook");
    const folder = mkdtempSync(join(dir, "failing-"));
    const path = join(folder, "mine.xlsx");
    writeFileSync(path, "the user's own workbook");
    const layout = buildWorkbook(readDisclosure(readDisclosureText("korla-xiwang-street-2024")));
    // A cell that cannot be written, in the fourth sheet, stands for a failure (a full disk) after the write has begun.
    const failing = Object.defineProperty({}, "value", { enumerable: true, get: () => { throw new Error("no space left on device"); } });
    layout.sheets[3].rows[2] = [failing];
    await expect(writeWorkbookFile(layout, path)).rejects.toThrow("no space left on device");
    // (A file stream opens after the call has failed: what it would do to the folder shows a moment later.)
    await new Promise((settle) => setTimeout(settle, 300));
    expect(readFileSync(path, "utf8")).toBe("the user's own workbook");
    expect(readdirSync(folder)).toEqual(["mine.xlsx"]);
  });
});

describe("budget-lens batch", () => {
  const folder = join(dir, "folder");
  const out = join(dir, "summary.xlsx");
  const each = join(dir, "each");
  let result: ReturnType<typeof run>;

  beforeAll(() => {
    mkdirSync(join(folder, "2024"), { recursive: true });
    copyFileSync(disclosure("atushi-xingfu-street-2024"), join(folder, "2024", "atushi.txt"));
    copyFileSync(disclosure("korla-xiwang-street-2024"), join(folder, "xiwang.txt"));
    copyFileSync(disclosure("shanghai-putuo-wanli-2025"), join(folder, "wanli.txt"));
    writeFileSync(join(folder, "empty.txt"), "");
    writeFileSync(join(folder, "binary.txt"), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)));
    writeFileSync(join(folder, "minutes.txt"), "会议纪要\n今天讨论了办公室搬迁事宜，没有预算表。\n");
    result = run("batch", folder, "-o", out, "--each", each);
  });

  it("summarizes the good disclosures, lists the others with reasons, and does not crash", async () => {
    expect(result.status).toBe(1); // some disclosures have errors
    expect(result.stdout).toMatch(/6 个文件 files: 3 已核对 checked/);
    // Progress, into a pipe: the last line only, not a bar redrawn with carriage returns.
    expect(result.stderr).toMatch(/^\[#+\] 6\/6 个文件 files, .*\/s\n$/);
    expect(result.stderr).not.toContain("\r");
    const book = await open(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(["汇总", "全部问题"]);
    const sheet = book.getWorksheet("汇总")!;
    const rows: Record<string, ExcelJS.Row> = {};
    sheet.eachRow((row, n) => {
      if (n > 1) rows[text(row.getCell(1))] = row;
    });
    expect(Object.keys(rows).sort()).toEqual(["2024/atushi.txt", "binary.txt", "empty.txt", "minutes.txt", "wanli.txt", "xiwang.txt"]);
    expect(text(rows["2024/atushi.txt"].getCell(2))).toBe("阿图什市幸福街道办事处");
    expect(rows["2024/atushi.txt"].getCell(5).value).toBe(4686.81);
    expect(rows["2024/atushi.txt"].getCell(11).value).toBe(2);
    // 三公经费: 阿图什 shows 表10 empty (its note: no 三公 spending), which is 0, not a figure left unread.
    expect(rows["2024/atushi.txt"].getCell(9).value).toBe(0);
    expect(rows["xiwang.txt"].getCell(9).value).toBe(5.6);
    // Shanghai prints its tables in 元; the summary compares everything in 万元.
    expect(rows["wanli.txt"].getCell(5).value).toBe(18976.76);
    expect(text(rows["empty.txt"].getCell(14))).toMatch(/空文件/);
    expect(text(rows["binary.txt"].getCell(14))).toMatch(/^binary\.txt 是二进制文件/);
    expect(text(rows["minutes.txt"].getCell(14))).toMatch(/没有读到可用的预算内容/);
    expect(fillOf(rows["minutes.txt"].getCell(14))).toBe(`FF${FLAG_FILLS.error}`);
  });

  it("lists every finding with its file", async () => {
    const sheet = (await open(out)).getWorksheet("全部问题")!;
    const files = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n > 1) files.add(text(row.getCell(1)));
    });
    expect([...files].sort()).toEqual(["2024/atushi.txt", "wanli.txt", "xiwang.txt"]);
  });

  it("names severities, columns and 表7 rows in the tables' words, as the imported workbook does", async () => {
    const sheet = (await open(out)).getWorksheet("全部问题")!;
    const rows: string[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push(Array.from({ length: 10 }, (_, i) => text(row.getCell(i + 1))));
    });
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(["错误", "提示", "舍入"]));
    // 希望街道 表6 302: 40.24 printed in 合计 and 公用经费, its rows add up to 40.25.
    const rounding = rows.filter((r) => r[0] === "xiwang.txt" && r[2] === "table-tree-sum" && r[4] === "302");
    expect(rounding.map((r) => r[5]).sort()).toEqual(["公用经费", "合计"]);
    // 阿图什's 0.4 元 is on one 表7 project, named with its code.
    expect(rows).toContainEqual(expect.arrayContaining(["2024/atushi.txt", "提示", "figure-format", "表7", "2010399 2024年QZS水电费", "合计", "第三部分 十二(四)"]));
    // Shanghai numbers its sections alone: they are named as printed.
    expect(rows.filter((r) => r[0] === "wanli.txt" && r[6] !== "").every((r) => !r[6].startsWith("第"))).toBe(true);
  });

  it("--each writes one workbook per disclosure", () => {
    expect(readdirSync(each).sort()).toEqual(["2024_atushi.xlsx", "wanli.xlsx", "xiwang.xlsx"]);
  });

  it("lists each file's findings on the terminal, with or without a summary workbook", () => {
    const line = (stdout: string, file: string) => stdout.split("\n").find((l) => l.includes(` ${file} `))?.trim().split(/\s+/);
    for (const stdout of [result.stdout, run("batch", folder).stdout]) {
      // Errors, warnings, rounding, the file, its unit and year: as the summary sheet counts them.
      expect(line(stdout, "2024/atushi.txt")).toEqual(["2", "6", "2", "2024/atushi.txt", "阿图什市幸福街道办事处", "2024"]);
      expect(line(stdout, "xiwang.txt")).toEqual(["0", "3", "4", "xiwang.txt", "库尔勒市希望街道办事处", "2024"]);
      expect(line(stdout, "minutes.txt")?.slice(0, 5)).toEqual(["—", "—", "—", "minutes.txt", "无法读取"]);
      // The reason names the file as the list does, by its path under the folder.
      expect(line(stdout, "empty.txt")?.slice(3, 7)).toEqual(["empty.txt", "无法读取", "unreadable：empty.txt", "是空文件"]);
      expect(stdout).toMatch(/6 个文件 files: 3 已核对 checked, 1 有错误 with errors, 3 无法读取 unreadable/);
    }
    const alone = run("batch", folder);
    expect(alone.status).toBe(1);
    expect(alone.stdout).not.toContain("→");
  });

  it("--json prints the summary", () => {
    const json = run("batch", folder, "--json");
    const parsed = JSON.parse(json.stdout);
    expect(parsed.files).toHaveLength(6);
    expect(parsed.findings.some((f: { file: string; rule: string }) => f.file === "2024/atushi.txt" && f.rule === "subsidy-total")).toBe(true);
  });

  it("says clearly when the folder is missing or has no disclosures, or is not given", () => {
    const none = run("batch");
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/batch 需要一个文件夹/);
    expect(run("batch", folder, folder).stderr).toMatch(/只接受一个文件夹，收到 2 个/);
    const missing = run("batch", join(dir, "nope"), "-o", out);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/找不到文件夹/);
    const empty = join(dir, "empty-folder");
    mkdirSync(empty);
    expect(run("batch", empty, "-o", out).stderr).toMatch(/没有 \.txt 或 \.pdf 文件/);
  });
});

describe("budget-lens batch on worker threads", () => {
  it("gives the same summary with a pool of workers as in one thread", () => {
    const folder = join(dir, "pool");
    mkdirSync(folder);
    for (let i = 0; i < 10; i++) copyFileSync(disclosure(i % 2 ? "korla-xiwang-street-2024" : "korla-etdz-social-affairs-2024"), join(folder, `${i}.txt`));
    const one = spawnSync(process.execPath, [BIN, "batch", folder, "--json"], { encoding: "utf8", env: { ...process.env, BUDGET_LENS_THREADS: "1" } });
    const pool = spawnSync(process.execPath, [BIN, "batch", folder, "--json"], { encoding: "utf8", env: { ...process.env, BUDGET_LENS_THREADS: "2" } });
    expect(pool.status).toBe(one.status);
    expect(JSON.parse(pool.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(one.stdout).files).toHaveLength(10);
  });
});
