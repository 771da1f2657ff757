/**
 * Reading disclosures straight from their PDFs (../shared/pdfs: four real Shanghai disclosures, 9-table
 * layout, tables in 元): every table read, its rows in their columns, the arithmetic reconciling but
 * for what the published documents really print wrong; the PDF and the text of 万里街道 2025 agree.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDisclosure } from "../src/cli/load";
import { pdfLayout, pdfText, PdfReadError } from "../src/pdf/pdf-text";
import { readDisclosure } from "../src/reader/read-disclosure";
import type { ColumnTable, Reading } from "../src/reader/types";
import { checkReading } from "../src/rules/check";
import { figuresWithoutZeros } from "./reading-figures";
import { SHARED_DIR, readDisclosureText } from "./shared-data";

const pdf = (name: string) => join(SHARED_DIR, "pdfs", `${name}.pdf`);
const readings = new Map<string, Reading>();
async function readPdf(name: string): Promise<Reading> {
  if (!readings.has(name)) {
    const layout = await pdfLayout(new Uint8Array(readFileSync(pdf(name))));
    readings.set(name, readDisclosure(layout.text, undefined, layout));
  }
  return readings.get(name)!;
}
const rows = (reading: Reading) =>
  Object.fromEntries(Object.entries(reading.tables).map(([id, t]) => [id, `${t!.status}:${((t as { rows?: unknown[]; expense?: unknown[] }).rows ?? (t as { expense?: unknown[] }).expense ?? []).length}`]));
/** Each finding as where it points and what it says was printed. */
const findingsAt = (reading: Reading) => checkReading(reading).map((f) => [f.rule, f.severity, f.table, f.code, f.column, f.section, f.claimed].join(" "));
const ARITHMETIC = new Set(["table-row-total", "table-tree-sum", "income-expense-balance", "cross-table"]);

describe("reading PDFs", () => {
  it("万里街道 2025: the PDF reads into exactly the tables its text does", async () => {
    const fromPdf = await readPdf("shanghai-putuo-wanli-2025");
    const fromText = readDisclosure(readDisclosureText("shanghai-putuo-wanli-2025"));
    expect(fromPdf.tables).toEqual(fromText.tables);
    expect([fromPdf.unit, fromPdf.year, fromPdf.kind, fromPdf.layout]).toEqual([fromText.unit, fromText.year, fromText.kind, fromText.layout]);
  });

  it.each([
    ["shanghai-putuo-wanli-2025", { 1: "present:9", 2: "present:66", 3: "present:66", 4: "present:9", 5: "present:66", 6: "present:31", 8: "empty:0", 9: "empty:0", 10: "present:7" }],
    ["shanghai-putuo-wanli-2024", { 1: "present:9", 2: "present:66", 3: "present:66", 4: "present:9", 5: "present:66", 6: "present:31", 8: "empty:0", 9: "empty:0", 10: "present:7" }],
    ["shanghai-putuo-welfare-home-2024", { 1: "present:4", 2: "present:14", 3: "present:14", 4: "present:4", 5: "present:14", 6: "present:26", 8: "empty:0", 9: "empty:0", 10: "present:7" }],
    ["shanghai-putuo-finance-bureau-2025", { 1: "present:4", 2: "present:19", 3: "present:19", 4: "present:4", 5: "present:19", 6: "present:29", 8: "empty:0", 9: "empty:0", 10: "present:7" }],
  ])("%s: table statuses and row counts", async (name, expected) => {
    const reading = await readPdf(name);
    expect(reading.layout).toBe("shanghai-9");
    expect(rows(reading)).toEqual(Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, v])));
  });

  it.each(["shanghai-putuo-wanli-2024", "shanghai-putuo-finance-bureau-2025", "shanghai-putuo-welfare-home-2024"])(
    "%s: every sum, row total and cross-table identity reconciles",
    async (name) => {
      const findings = checkReading(await readPdf(name)).filter((f) => ARITHMETIC.has(f.rule) && f.severity !== "rounding");
      expect(findings.map((f) => f.message)).toEqual([]);
    },
  );

  it("万里街道 2025: reconciles but for the 1 元 rounding its tables print in 212 01", async () => {
    const findings = checkReading(await readPdf("shanghai-putuo-wanli-2025")).filter((f) => ARITHMETIC.has(f.rule));
    expect(findings.every((f) => f.severity === "rounding" && /^212/.test(f.code ?? ""))).toBe(true);
    expect(findings.length).toBeGreaterThan(0);
  });

  it("places figures by where they stand on the page, the arithmetic confirming (财政局 2025 drops its blank cells)", async () => {
    const reading = await readPdf("shanghai-putuo-finance-bureau-2025");
    const row = (reading.tables["3"] as { rows: Record<string, string>[] }).rows.find((r) => r.code === "2010602")!;
    expect(row).toEqual({ code: "2010602", name: "一般行政管理事务", total: "100000.00", project: "100000.00" });
    // The same text without positions is solved from the arithmetic alone, to the same reading
    // (表10's 0.95 by 表6's 公务接待费 instead of by its place on the page, and noted so).
    const layout = await pdfLayout(new Uint8Array(readFileSync(pdf("shanghai-putuo-finance-bureau-2025"))));
    const withoutPositions = readDisclosure(layout.text).tables;
    const table10Notes = (tables: Reading["tables"]) => tables["10"]!.notes!.slice(1).map((n) => n.replace(/ \/.*$/, ""));
    expect(table10Notes(withoutPositions)).toEqual(["表10：栏目分配不唯一，按表6 的“三公”经济科目读取"]);
    expect(table10Notes(reading.tables)).toEqual(["表10 只印出 3 个数字，按页面位置定栏"]);
    const sansTable10Notes = (tables: Reading["tables"]) => ({ ...tables, 10: { ...tables["10"]!, notes: undefined } });
    expect(sansTable10Notes(withoutPositions)).toEqual(sansTable10Notes(reading.tables));
    const notes = Object.values(reading.tables).flatMap((t) => t!.notes ?? []);
    expect(notes.filter((n) => /按页面位置的栏目与运算不符/.test(n))).toEqual([]);
  });

  it("follows the positions where they balance: a figure moved on the page moves column", async () => {
    const layout = await pdfLayout(new Uint8Array(readFileSync(pdf("shanghai-putuo-finance-bureau-2025"))));
    const lines = layout.text.split("\n");
    const title = lines.findIndex((l) => /支出预算总表$/.test(l) && !/财政拨款/.test(l));
    const at = lines.findIndex((l, i) => i > title && l.startsWith("201\t06\t02\t"));
    const full = lines.findIndex((l, i) => i > title && l.startsWith("201\t06\t01\t"));
    const moved = layout.cellRight.map((r) => r?.slice());
    // Put 一般行政管理事务's second figure where 行政运行's 基本支出 ends.
    moved[at]![moved[at]!.length - 1] = layout.cellRight[full]![layout.cellRight[full]!.length - 2];
    const reading = readDisclosure(layout.text, undefined, { ...layout, cellRight: moved });
    const row = (reading.tables["3"] as { rows: Record<string, string>[] }).rows.find((r) => r.code === "2010602")!;
    expect(row).toEqual({ code: "2010602", name: "一般行政管理事务", total: "100000.00", basic: "100000.00" });
    // …and the rules then see 201 06 that no longer adds up.
    expect(checkReading(reading)).toContainEqual(expect.objectContaining({ rule: "table-tree-sum", table: "3", code: "20106" }));
  });

  it("places the one-row 表10's figures under their headings where blank cells vanished (财政局 2025, 福利院 2024)", async () => {
    const figures = async (name: string) =>
      Object.fromEntries(((await readPdf(name)).tables["10"] as { rows: { key: string; total?: string }[] }).rows.filter((r) => r.total !== undefined).map((r) => [r.key, r.total]));
    // "0.95 0.95 229.43" under 合计, 公务接待费 and 机关运行经费 (因公出国 and 用车 left blank).
    expect(await figures("shanghai-putuo-finance-bureau-2025")).toEqual({ total: "0.95", reception: "0.95", office_operation: "229.43" });
    // "6.4 0 0 6.4 6.4 0" with 购置费 blank: 运行费 6.4 (as the narrative says) and 机关运行经费 0.
    expect(await figures("shanghai-putuo-welfare-home-2024")).toEqual({
      total: "6.4", outbound: "0", reception: "0", vehicles: "6.4", vehicle_operation: "6.4", office_operation: "0",
    });
    const finance = await readPdf("shanghai-putuo-finance-bureau-2025");
    expect(finance.tables["10"]!.status).toBe("present");
    expect(checkReading(finance).filter((f) => f.table === "10")).toEqual([]);
  });

  it("names what the published PDFs really print wrong", async () => {
    const welfare = checkReading(await readPdf("shanghai-putuo-welfare-home-2024"));
    // 2101102 printed "7 11 02"; class 210 under its pre-2019 name in 表1.
    expect(welfare).toContainEqual(expect.objectContaining({ rule: "code-consistency", severity: "error", table: "3", code: "2101102", claimed: "7 11 02" }));
    expect(welfare).toContainEqual(expect.objectContaining({ rule: "code-consistency", severity: "warning", table: "1", code: "210", claimed: "医疗卫生与计划生育支出" }));
    // 万里街道 2024 prints 30102 and 30107 as "301 2" and "301 7".
    const wanli = checkReading(await readPdf("shanghai-putuo-wanli-2024"));
    expect(wanli.filter((f) => f.rule === "code-consistency").map((f) => f.claimed)).toEqual(["301 2", "301 7"]);
  });

  it("checks the items the narrative lists with no change against 表5 too (财政局 2025): a digit too many is an error, an amount cut off instead of rounded is rounding, each once", async () => {
    const findings = checkReading(await readPdf("shanghai-putuo-finance-bureau-2025")).filter((f) => f.rule === "narrative-amount");
    // "…机关事业单位职业年金缴费支出（项）”887.36万元" where 表5 prints 873,617.00 元; the page repeats items 7–11.
    expect(findings.filter((f) => f.severity === "error").map((f) => [f.section, f.claimed, f.computed])).toEqual([["四", "887.36", "87.36"]]);
    // "行政单位离退休（项）”87.70万元" for 877,080.00 元 (87.708 万元), and three more like it.
    const cut = findings.filter((f) => f.severity === "rounding");
    expect(cut.map((f) => [f.claimed, f.computed])).toEqual([
      ["87.70", "87.71"],
      ["78.21", "78.22"],
      ["204.91", "204.92"],
      ["268.77", "268.78"],
    ]);
    expect(cut[0].message).toContain("说明把 87.708 万元截尾为 87.70，未四舍五入");
  });

  it("checks each item the narrative lists against 表5, and its change % against the 上年执行数 its sentence states (万里街道 2024, 福利院 2024)", async () => {
    const narrativeFindings = (reading: Reading) => checkReading(reading).filter((f) => f.kind === "narrative").map((f) => [f.rule, f.severity, f.section, f.row, f.claimed, f.computed].join(" "));
    // "31.“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元 … 2023年当年预算执行数为348.52万元，
    // 2024年预算安排352.67万元，比2023年预算执行数增加0.53%": 表5 prints 350.35, and 0.53% is of
    // 350.35, so the amount is what is wrong, not the rate.
    const wanli = await readPdf("shanghai-putuo-wanli-2024");
    const items = wanli.claims.filter((c) => c.last_year !== undefined);
    expect(items).toHaveLength(33);
    // Numbered by the contents (四、部门预算编制说明), where the text prints the title without its number.
    expect(new Set(items.map((c) => c.section))).toEqual(new Set(["四"]));
    expect(items[0]).toMatchObject({ subject: "一般公共服务支出（类）统计信息事务（款）专项普查活动（项）", amount: "25.77", last_year: "60.13", change_pct: "-57.14" });
    expect(narrativeFindings(wanli)).toEqual(["narrative-amount error 四 住房保障支出（类）住房改革支出（款）住房公积金（项） 352.67 350.35"]);
    // 福利院 2024: "社会福利事业单位（项）”738.66万元", where 表5 prints 696.48.
    expect(narrativeFindings(await readPdf("shanghai-putuo-welfare-home-2024"))).toEqual([
      "narrative-amount error 四 社会保障和就业支出（类）社会福利（款）社会福利事业单位（项） 738.66 696.48",
    ]);
    // A rate or a 持平 that does not fit the stated 执行数 is an error.
    const layout = await pdfLayout(new Uint8Array(readFileSync(pdf("shanghai-putuo-wanli-2024"))));
    const misprinted = layout.text.replace("比2023年预算执行数减少57.14%", "比2023年预算执行数减少55.14%").replace("当年预算执行数为30.00万元", "当年预算执行数为29.00万元");
    expect(misprinted.length).toBe(layout.text.length);
    expect(misprinted).not.toContain("执行数为30.00万元");
    const findings = narrativeFindings(readDisclosure(misprinted, undefined, layout));
    expect(findings).toContain("narrative-change error 四 一般公共服务支出（类）统计信息事务（款）专项普查活动（项） -55.14 -57.14");
    expect(findings.filter((f) => /narrative-change error 四 .* 0 1$/.test(f))).toHaveLength(1);
  });

  it("their text with the cells run together by spaces, as copied out of a viewer, reads into the same tables and findings", async () => {
    for (const name of ["shanghai-putuo-wanli-2024", "shanghai-putuo-welfare-home-2024"]) {
      const layout = await pdfLayout(new Uint8Array(readFileSync(pdf(name))));
      const flattened = layout.text
        .split("\n")
        .map((line) => line.split("\t").map((cell) => cell.trim()).filter(Boolean).join(" "))
        .join("\n");
      const fromPdf = await readPdf(name);
      const fromText = readDisclosure(flattened);
      // 表1's labels keep the space the page puts after "1." only where the text has positions.
      for (const id of ["2", "3", "4", "5", "6", "8", "9"] as const) expect(fromText.tables[id]).toEqual(fromPdf.tables[id]);
      // Misprinted codes ("301 2", "7 11 02") read as on the page, and reported as there.
      expect(findingsAt(fromText)).toEqual(findingsAt(fromPdf));
      // 表10 prints fewer figures than columns and, without positions, two placements balance
      // alike (6.40 as 购置费 or as 运行费): the narrative's "公务用车运行费 6.40 万元" decides.
      expect((fromText.tables["10"] as ColumnTable).rows).toEqual((fromPdf.tables["10"] as ColumnTable).rows);
      if (name !== "shanghai-putuo-welfare-home-2024") continue;
      // A figure the narrative states that no balanced placement prints is still reported.
      const misstated = flattened.replace("其中：公务用车购置费0.00万元", "其中：公务用车购置费3.00万元");
      expect(misstated).not.toBe(flattened);
      expect(checkReading(readDisclosure(misstated))).toContainEqual(
        expect.objectContaining({ rule: "narrative-amount", severity: "error", row: "公务用车购置费", claimed: "3.00", computed: "0.00" }),
      );
    }
  });

  it.each([
    // 30102 printed "301 2" comes as "301" / "2" / "津贴补贴" / its figures.
    ["shanghai-putuo-wanli-2024", "\n301\n2\n津贴补贴\n", 2],
    // 2101102 printed "7 11 02" comes as "7" / "11" / "02" / "事业单位医疗".
    ["shanghai-putuo-welfare-home-2024", "\n7\n11\n02\n事业单位医疗\n", 3],
  ])("%s: its text copied one cell per line reads into the same figures and findings, codes misprinted over lines included", async (name, misprint, codeFindings) => {
    const layout = await pdfLayout(new Uint8Array(readFileSync(pdf(name))));
    const cellPerLine = layout.text
      .split("\n")
      .map((line) => line.split("\t").map((cell) => cell.trim()).filter(Boolean).join("\n"))
      .join("\n");
    expect(cellPerLine).toContain(misprint);
    const fromPdf = await readPdf(name);
    const fromText = readDisclosure(cellPerLine);
    // A 0 whose column nothing decides is left blank; 表1's labels lose their space after "1.".
    for (const id of Object.keys(fromPdf.tables) as (keyof Reading["tables"])[]) {
      expect(figuresWithoutZeros(fromText.tables[id]), `表${id}`).toEqual(figuresWithoutZeros(fromPdf.tables[id]));
    }
    expect(findingsAt(fromText)).toEqual(findingsAt(fromPdf));
    expect(findingsAt(fromText).filter((f) => f.startsWith("code-consistency"))).toHaveLength(codeFindings);
  });

  it("a section title with the template's note left in it (…使用情况（增加内容）) is no part of the sentence under it", async () => {
    const welfare = await readPdf("shanghai-putuo-welfare-home-2024");
    expect(welfare.vehicles).toMatchObject({ section: "六、五", count: 2 });
    expect(welfare.vehicles!.text.startsWith("截至2023年12月31日，上海市普陀区社会福利院共有车辆2辆")).toBe(true);
  });
});

describe("PDFs that cannot be read", () => {
  const dir = mkdtempSync(join(tmpdir(), "budget-lens-pdf-"));

  it("a file named .pdf that is no PDF", async () => {
    const path = join(dir, "fake.pdf");
    writeFileSync(path, "这不是 PDF");
    expect(await loadDisclosure(path)).toEqual({ error: expect.stringMatching(/不是 PDF/) });
  });

  it("a damaged PDF: a clear message, no crash, no hang", async () => {
    const bytes = readFileSync(pdf("shanghai-putuo-wanli-2025"));
    const path = join(dir, "damaged.pdf");
    writeFileSync(path, Buffer.concat([bytes.subarray(0, 400), Buffer.from("garbage".repeat(50))]));
    const result = await loadDisclosure(path);
    expect("error" in result ? result.error : "").toMatch(/损坏|damaged|没有文字层|no text layer/);
  });

  it("an encrypted PDF: says a password is needed", async () => {
    const path = join(dir, "encrypted.pdf");
    // qpdf (Debian's package; .ci/run installs it) encrypts a copy with a user password.
    const result = spawnSync("qpdf", ["--encrypt", "secret", "owner", "256", "--", pdf("shanghai-putuo-welfare-home-2024"), path]);
    expect(result.status, "qpdf must be installed (apt-get install -y qpdf)").toBe(0);
    expect(await loadDisclosure(path)).toEqual({ error: expect.stringMatching(/已加密.*encrypted/) });
  });

  it("a PDF without a text layer (a scan): OCR is not supported", async () => {
    // The smallest valid PDF: one empty page.
    const objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"];
    let body = "%PDF-1.4\n";
    const offsets: number[] = [];
    objects.forEach((object, i) => {
      offsets.push(body.length);
      body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    });
    const xref = body.length;
    body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
    body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    await expect(pdfText(new TextEncoder().encode(body))).rejects.toThrow(PdfReadError);
    await expect(pdfText(new TextEncoder().encode(body))).rejects.toThrow(/OCR/);
  });
});
