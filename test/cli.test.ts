/** budget-lens check, as a user runs it: the package's bin, real files, exit codes. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SHARED_DIR, readExpected } from "./shared-data";

const BIN = resolve(__dirname, "..", "bin", "budget-lens.mjs");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 60_000 });
const disclosure = (name: string) => join(SHARED_DIR, "disclosures", `${name}.txt`);

describe("budget-lens check", () => {
  it("--json prints the reading in the shape of the expected files", () => {
    const result = run("check", disclosure("atushi-xingfu-street-2024"), "--json");
    expect(result.status).toBe(1); // the disclosure has errors (its subsidies do not add up)
    const reading = JSON.parse(result.stdout);
    const expected = readExpected("atushi-xingfu-street-2024");
    expect(Object.keys(reading).slice(0, 11)).toEqual(Object.keys(expected).slice(0, 11));
    expect(reading.tables["3"].total_row).toEqual(expected.tables["3"].total_row);
    expect(reading.findings.length).toBeGreaterThan(0);
    expect(reading.findings.every((f: { rule: string; severity: string; message: string }) => f.rule && f.severity && f.message)).toBe(true);
  });

  it("prints a readable report grouped by severity, and exits 1 when it finds errors", () => {
    const result = run("check", disclosure("korla-etdz-social-affairs-2024"));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("库尔勒经济技术开发区社会事务管理中心");
    expect(result.stdout).toMatch(/表8\s+缺少 missing/);
    expect(result.stdout).toMatch(/错误 errors \(\d+\):[\s\S]*提示 warnings \(\d+\):/);
    expect(result.stdout).toContain("科目编码印作“20 3 5”");
    expect(result.stdout).toContain("缺少表8");
    // How the reader read what it had to judge, after the findings.
    expect(result.stdout).toMatch(/读取说明 how the tables were read \(\d+\):\n  - 表2 科目编码印作“20”（一般公共服务支出），按同名科目读作 201/);
  });

  it("exits 0 when it finds no error", () => {
    // 希望街道's findings are a unit slip (warning) and two roundings.
    const result = run("check", disclosure("korla-xiwang-street-2024"));
    expect(result.stdout).toMatch(/发现 findings: \d+ \(0 error/);
    expect(result.status).toBe(0);
  });

  it("exits 2 with a clear message for unreadable input", () => {
    const dir = mkdtempSync(join(tmpdir(), "budget-lens-"));
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const prose = join(dir, "prose.txt");
    writeFileSync(prose, "这是一份会议纪要，没有任何预算表格。\n");
    const missing = run("check", join(dir, "nope.txt"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/找不到文件.*no such file/);
    const emptyRun = run("check", empty);
    expect(emptyRun.status).toBe(2);
    expect(emptyRun.stderr).toMatch(/空文件/);
    const proseRun = run("check", prose);
    expect(proseRun.status).toBe(2);
    expect(proseRun.stderr).toMatch(/没有读到可用的预算内容/);
  });

  it("reads a text saved as UTF-16 (Windows Notepad's \"Unicode\"), either byte order, as it reads the UTF-8 file", () => {
    const dir = mkdtempSync(join(tmpdir(), "budget-lens-utf16-"));
    const source = readFileSync(disclosure("korla-xiwang-street-2024"), "utf8");
    const utf8 = run("check", disclosure("korla-xiwang-street-2024"), "--json");
    const little = join(dir, "le.txt");
    writeFileSync(little, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(source, "utf16le")]));
    const big = join(dir, "be.txt");
    writeFileSync(big, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(source, "utf16le").swap16()]));
    for (const path of [little, big]) {
      const result = run("check", path, "--json");
      expect(result.status).toBe(utf8.status);
      const { source: _, ...reading } = JSON.parse(result.stdout);
      const { source: __, ...expected } = JSON.parse(utf8.stdout);
      expect(reading).toEqual(expected);
    }
  });

  it("names an Office document or a zip archive for what it is, with what to do", async () => {
    const dir = mkdtempSync(join(tmpdir(), "budget-lens-office-"));
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    book.addWorksheet("表1").getCell("A1").value = "收入总计";
    const xlsx = join(dir, "budget.xlsx");
    await book.xlsx.writeFile(xlsx);
    const office = run("check", xlsx);
    expect(office.status).toBe(2);
    expect(office.stderr).toContain("是 Word 或 Excel 文件，不是文本：请先在 Office 中另存为 PDF 或纯文本");
    // A zip of other files (the local header's first entry is no Office part).
    const zip = join(dir, "disclosures.zip");
    writeFileSync(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from("atushi.txt"), Buffer.alloc(64)]));
    const archive = run("check", zip);
    expect(archive.status).toBe(2);
    expect(archive.stderr).toContain("是压缩文件（zip），不是文本：请先解压");
  });

  it("reads standard input for the file \"-\", text or PDF, as it reads the file", () => {
    const piped = (input: Buffer | string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", timeout: 60_000 });
    const file = disclosure("korla-xiwang-street-2024");
    const fromFile = JSON.parse(run("check", file, "--json").stdout);
    const fromInput = piped(readFileSync(file), "check", "-", "--json");
    expect(fromInput.status).toBe(0);
    const reading = JSON.parse(fromInput.stdout);
    expect(reading.source).toBe("标准输入 standard input");
    expect({ ...reading, source: fromFile.source }).toEqual(fromFile);
    expect(piped(readFileSync(file), "check", "-").stdout).toMatch(/^BudgetLens 预算透镜 — 标准输入 standard input\n单位 unit: 库尔勒市希望街道办事处/);
    // A PDF's bytes, into the standard workbook.
    const out = join(mkdtempSync(join(tmpdir(), "budget-lens-")), "wanli.xlsx");
    const imported = piped(readFileSync(join(SHARED_DIR, "pdfs", "shanghai-putuo-wanli-2024.pdf")), "import", "-", "-o", out);
    expect(imported.stderr).toBe("");
    expect(imported.stdout).toMatch(/上海市普陀区人民政府万里街道办事处 — 1 错误 errors/);
    expect(existsSync(out)).toBe(true);
    const nothing = piped("", "check", "-");
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toMatch(/标准输入为空/);
  });

  it("has --help and --version, and rejects unknown commands", () => {
    expect(run("--help").stdout).toMatch(/budget-lens check FILE/);
    expect(run("--version").stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(run("frobnicate").status).toBe(2);
  });
});
