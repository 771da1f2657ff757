/**
 * The workbook layout (pure, shared by the CLI's file writer and the task pane): every standard
 * table gets its sheet, and every finding is flagged on a cell and linked from 问题清单.
 */
import { buildWorkbook } from "../src/layout/build-workbook";
import { addinFormula, evaluateFormula, nativeFormula } from "../src/layout/formulas";
import type { FormulaSpec, SheetLayout } from "../src/layout/types";
import { readDisclosure } from "../src/reader/read-disclosure";
import type { ColumnTable } from "../src/reader/types";
import { checkReading } from "../src/rules/check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pdfLayout } from "../src/pdf/pdf-text";
import { SHARED_DIR, disclosureNames, readDisclosureText } from "./shared-data";

describe.each(disclosureNames())("workbook layout of %s", (name) => {
  const reading = readDisclosure(readDisclosureText(name));
  const findings = checkReading(reading);
  const layout = buildWorkbook(reading, findings);
  const sheet = (key: string) => layout.sheets.find((s) => s.key === key) as SheetLayout;

  it("has 概况, one sheet per table of the layout, 说明核对, 补贴核对 and 问题清单", () => {
    const tables = Object.keys(reading.tables).map((id) => `table-${id}`);
    expect(layout.sheets.map((s) => s.key)).toEqual(["overview", ...tables, "claims", "subsidies", "findings"]);
    for (const s of layout.sheets) expect(s.name.length, s.name).toBeLessThanOrEqual(31);
  });

  it("flags every finding on a cell and links it from 问题清单", () => {
    const list = sheet("findings");
    expect(list.rows.length).toBe(findings.length + 1);
    const unlinked = list.rows.slice(1).filter((row) => !row[8]?.link).map((row) => row[7]?.value);
    expect(unlinked).toEqual([]);
    for (const row of list.rows.slice(1)) {
      const link = row[8].link!;
      const target = layout.sheets.find((s) => s.name === link.sheet)!;
      const match = link.cell.match(/^([A-Z]+)(\d+)$/)!;
      const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      expect(target.rows[Number(match[2]) - 1][column].flag, `${link.sheet}!${link.cell}`).toBeDefined();
    }
  });

  it("flags a finding on a coded row on that row: its code, and in 表7 its project", () => {
    const coded = findings.map((finding, i) => ({ finding, link: sheet("findings").rows[i + 1][8].link })).filter(({ finding }) => finding.table && /^\d+$/.test(finding.code ?? ""));
    expect(coded.length).toBeGreaterThan(0);
    for (const { finding, link } of coded) {
      const target = layout.sheets.find((s) => s.name === link!.sheet)!;
      const rowNumber = Number(link!.cell.match(/\d+$/)![0]);
      const source = target.rows[rowNumber - 1].map((cell) => cell.source).find(Boolean);
      if (!source) continue;
      const at = source.match(/^tables\.(\d+)\.rows\.(\d+)\./);
      if (!at) continue;
      const row = (reading.tables[at[1] as "7"] as ColumnTable).rows[Number(at[2])];
      expect(row.code, finding.message).toBe(finding.code);
      // (表7's project is the project's name; elsewhere "project" is the 项目支出 column.)
      const bare = (text: string) => text.replace(/\s+/g, "");
      if (at[1] === "7" && row.project && !bare(finding.row ?? "").includes(bare(row.project))) expect.fail(`${finding.message}: flagged on ${row.project}`);
    }
  });

  it("writes each table's reading notes below it, so that no judgement of the reader is hidden", () => {
    const noted = Object.entries(reading.tables).filter(([, table]) => (table?.notes?.length ?? 0) > 0);
    for (const [id, table] of noted) {
      const texts = sheet(`table-${id}`).rows.map((row) => row[0]?.value);
      const heading = texts.indexOf("读取说明 / how this table was read");
      expect(heading, `表${id}`).toBeGreaterThan(0);
      expect(texts.slice(heading + 1)).toEqual(table!.notes);
      // Below the table: after every cell that holds a figure from the reading.
      const lastSourced = Math.max(...sheet(`table-${id}`).rows.map((row, r) => (row.some((cell) => cell.source) ? r : -1)));
      expect(heading).toBeGreaterThan(lastSourced);
    }
  });

  it("keeps every row of a sheet the same width, and merges inside the sheet", () => {
    for (const s of layout.sheets) {
      const width = s.rows[0]?.length ?? 0;
      expect(s.rows.every((r) => r.length === width), s.name).toBe(true);
    }
  });
});

describe("facts of part one and the assets", () => {
  it("stand on 概况, where a finding about them is flagged (staff that do not add up, vehicles that do not)", () => {
    const text = readDisclosureText("atushi-xingfu-street-2024").replace("其他车辆 3 辆", "其他车辆 2 辆");
    const reading = readDisclosure(text);
    reading.staff.actual = (reading.staff.actual ?? 0) + 1;
    const findings = checkReading(reading);
    const overview = buildWorkbook(reading, findings).sheets.find((s) => s.key === "overview")!;
    const flagged = (label: string) => overview.rows.find((r) => r[0]?.value === label)?.[1]?.flag?.note ?? "";
    expect(flagged("车辆")).toMatch(/印出 \/ printed: 3 辆[\s\S]*应为 \/ expected: 2 辆/);
    expect(flagged("实有人数")).toMatch(/实有人数/);
  });

  it("show 离退休 in a row of its own only where the text counts retired staff together", () => {
    const rowOf = (reading: ReturnType<typeof readDisclosure>) =>
      buildWorkbook(reading, checkReading(reading)).sheets.find((s) => s.key === "overview")!.rows.find((r) => r[0]?.value === "离退休");
    const text = readDisclosureText("atushi-xingfu-street-2024");
    expect(rowOf(readDisclosure(text))).toBeUndefined();
    const together = text.replace(/退休 55 人，增加 5 人；离\s*休 0 人，增加 0 人/, "离退休 55 人，增加 5 人");
    expect(together).not.toBe(text);
    expect(rowOf(readDisclosure(together))?.[1]?.value).toBe(55);
  });
});

describe("project allocations", () => {
  /** The row of a project in the block below the subsidies. */
  const allocationRow = (rows: SheetLayout["rows"], project: string) => rows.slice(rows.findIndex((r) => r[0]?.value === "项目资金分配")).find((r) => r[0]?.value === project)!;
  it("stand below the subsidies on 补贴核对, where a total or a sum that does not add up is flagged", () => {
    const text = readDisclosureText("atushi-xingfu-street-2024").replace("开展各类活动次数 12 次 30.00 万元", "开展各类活动次数 12 次 3.00 万元");
    const reading = readDisclosure(text);
    const subsidies = buildWorkbook(reading, checkReading(reading)).sheets.find((s) => s.key === "subsidies")!;
    const heading = subsidies.rows.findIndex((r) => r[0]?.value === "项目资金分配");
    expect(heading).toBeGreaterThan(reading.subsidies.length);
    const projects = subsidies.rows.slice(heading + 1).map((r) => r[0]?.value);
    expect(projects).toEqual(reading.project_budgets!.filter((p) => p.allocation).map((p) => p.project));
    const row = allocationRow(subsidies.rows, "社区运转经费");
    expect([row[2].value, row[6].value, row[7].value]).toEqual([165, 165, 138]);
    expect(row[7].flag?.note).toMatch(/印出 \/ printed: 138.00[\s\S]*应为 \/ expected: 165.00/);
    expect(row[6].flag).toBeUndefined();
    // A rate times its units is summed (希望街道: 13 × 0.5 万元); persons × a standard is not (阿图什 保安工资).
    const xiwang = readDisclosure(readDisclosureText("korla-xiwang-street-2024"));
    expect(allocationRow(buildWorkbook(xiwang, []).sheets.find((s) => s.key === "subsidies")!.rows, "部门专项-网格工作经费")[7].value).toBe(6.5);
    expect(allocationRow(subsidies.rows, "2024 年村级人员保安工资")[7].value).toBe("按人数 × 标准分配，不求和");
  });
});

describe("the claims sheet of a narrative that states last year's figures (万里街道 2024 PDF)", () => {
  it("shows the stated 执行数 as last year and computes the rate from it; the misstated amount is flagged", async () => {
    const layout = await pdfLayout(new Uint8Array(readFileSync(join(SHARED_DIR, "pdfs", "shanghai-putuo-wanli-2024.pdf"))));
    const reading = readDisclosure(layout.text, undefined, layout);
    const claims = buildWorkbook(reading, checkReading(reading)).sheets.find((s) => s.key === "claims")!;
    const row = (item: string) => claims.rows.find((r) => String(r[1]?.value).includes(item))!;
    // "2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%".
    const census = row("专项普查活动");
    expect([census[2].value, census[7].value, census[8].value]).toEqual([25.77, 60.13, -0.5714]);
    expect(census[9].formula).toEqual({ fn: "YOY", args: [expect.stringMatching(/^C\d+$/), expect.stringMatching(/^H\d+$/), 1] });
    const valueAt = (reference: string) => {
      const [, column, line] = reference.match(/^([A-Z])(\d+)$/)!;
      return claims.rows[Number(line) - 1][column.charCodeAt(0) - 65].value;
    };
    expect(evaluateFormula(census[9].formula!, valueAt)).toBeCloseTo(-0.5714, 4);
    // 352.67 where 表5 prints 350.35: the amount is flagged, not the rate (0.53% is of 350.35).
    const fund = row("住房公积金");
    expect(fund[2].flag?.severity).toBe("error");
    expect(fund[8].flag).toBeUndefined();
  });
});

describe("the claims sheet of a share whose base only its name gives (希望街道 五(二), reworded: “占一般公共预算支出的 69.37%”)", () => {
  it("shows that base (表5 合计 1,343.76) and computes the share from it, the printed share flagged", () => {
    const text = readDisclosureText("korla-xiwang-street-2024");
    const printed = "1、一般公共服务支出（类）937.04 万元，占 69.73%。";
    expect(text).toContain(printed);
    const reading = readDisclosure(text.replace(printed, "1、一般公共服务支出（类）937.04 万元，占一般公共预算支出的 69.37%。"));
    const claims = buildWorkbook(reading, checkReading(reading)).sheets.find((s) => s.key === "claims")!;
    const index = reading.claims.findIndex((c) => c.subject === "一般公共服务支出（类）" && c.share_pct === "69.37");
    // The reader found no base: the section states no amount of that name, and no total fits.
    expect(reading.claims[index].share_of).toBeUndefined();
    const row = claims.rows[index + 1];
    expect([row[2].value, row[3].value, row[4].value]).toEqual([937.04, 0.6937, 1343.76]);
    expect(row[5].formula).toEqual({ fn: "SHARE", args: [`C${index + 2}`, `E${index + 2}`] });
    expect(evaluateFormula(row[5].formula!, (ref) => (ref.startsWith("C") ? 937.04 : 1343.76))).toBeCloseTo(0.6973, 4);
    expect(row[3].flag?.severity).toBe("error");
  });
});

describe("formulas", () => {
  it("are BUDGET.* custom functions inside Excel and native formulas in a file", () => {
    const share: FormulaSpec = { fn: "SHARE", args: ["C2", "E2"] };
    expect(addinFormula(share)).toBe("=BUDGET.SHARE(C2,E2)");
    expect(nativeFormula(share)).toBe("=C2/E2");
    const yoy: FormulaSpec = { fn: "YOY", args: ["C2", "H2", 1] };
    expect(addinFormula(yoy)).toBe("=BUDGET.YOY(C2,H2,1)");
    expect(nativeFormula(yoy)).toBe("=IF(H2=0,IF(C2=0,0,1),(C2-H2)/H2)");
    expect(nativeFormula({ fn: "SUBSIDY", args: ["B2", "C2", "E2"] })).toBe("=B2*C2*E2/10000");
    // For a narrative in 元, the total in 元.
    expect(nativeFormula({ fn: "SUBSIDY", args: ["B2", "C2", "E2"], unit: "元" })).toBe("=B2*C2*E2");
    expect(addinFormula({ fn: "SUBSIDY", args: ["B2", "C2", "E2"], unit: "元" })).toBe('=BUDGET.SUBSIDY(B2,C2,E2,"元")');
    expect(addinFormula({ fn: "SUBSIDY", args: ["B2", "C2"], unit: "元" })).toBe('=BUDGET.SUBSIDY(B2,C2,,"元")');
    expect(addinFormula({ fn: "SUBSIDY", args: ["B2", "C2", "E2"] })).toBe("=BUDGET.SUBSIDY(B2,C2,E2)");
    expect(addinFormula({ fn: "DIFF", args: ["G2", "H2"] })).toBe("=BUDGET.RECONCILE(G2,H2)");
    expect(addinFormula({ fn: "REF", args: ["'表1 收支总体'!B35"] })).toBe("='表1 收支总体'!B35");
  });
});

describe("a finding about a narrative subject itself (阿图什 五(三) 1 printed as “行政运行（2010310）”, a code no table has)", () => {
  const text = readDisclosureText("atushi-xingfu-street-2024");
  const printed = /1\.一般公共服务支出（类）政府办公厅（室）及相关机\s*构事务（款）行政运行（项）：2024 年预算数为 1,175\.15\s*万元，比上年预算减少 721\.72 万元,下降 38\.05%/;
  const flagged = (reworded: string) => {
    const changed = text.replace(printed, reworded);
    expect(changed).not.toBe(text);
    const reading = readDisclosure(changed);
    const claims = buildWorkbook(reading, checkReading(reading)).sheets.find((s) => s.key === "claims")!;
    const row = claims.rows.find((r) => r[1]?.value === "行政运行（2010310）")!;
    return [row[1].flag?.severity, row[2].flag?.severity];
  };
  it("is flagged on the subject of its claim, not on the amount", () => {
    expect(flagged("1.行政运行（2010310）：2024 年预算数为 1,175.15 万元，比上年预算减少 721.72 万元,下降 38.05%")).toEqual(["warning", undefined]);
  });
  it("lists an amount stated with no change below the claims, flagged on its subject", () => {
    expect(flagged("1.行政运行（2010310）：2024 年预算数为 1,175.15 万元")).toEqual(["warning", undefined]);
  });
});
