/**
 * Where a narrative finding points: the section a sentence stands in, named as the document names
 * it. A disclosure in parts says "第三部分 五(三)" (whichever part holds its 说明); the Shanghai layout
 * has no parts and numbers its chapters by its table of contents, and the headings inside a chapter
 * ("其他相关情况说明" / "一、…“三公”经费…") number from 一 again: they stand within it, "六、一(二)".
 */
import { formatReport } from "../../src/cli/report";
import { buildWorkbook } from "../../src/layout/build-workbook";
import { readDisclosure } from "../../src/reader/read-disclosure";
import { checkReading } from "../../src/rules/check";
import type { Finding } from "../../src/rules/types";
import { readDisclosureText } from "../shared-data";

const narrativeFindings = (text: string) => {
  const reading = readDisclosure(text);
  reading.findings = checkReading(reading);
  return { reading, findings: (reading.findings as Finding[]).filter((f) => f.section !== undefined) };
};

describe("narrative sections", () => {
  it("names the part a disclosure's 说明 stands in, and the sections within it as printed", () => {
    for (const name of ["atushi-xingfu-street-2024", "korla-xiwang-street-2024", "korla-etdz-social-affairs-2024"]) {
      const { reading, findings } = narrativeFindings(readDisclosureText(name));
      expect(reading.narrative_part, name).toBe("第三部分");
      expect(findings.length, name).toBeGreaterThan(0);
      // (A finding over a whole section, as narrative-totals' over 五, names that section; the
      // self-reference finding speaks of the whole narrative and quotes where it stands.)
      for (const f of findings.filter((f) => f.section !== "第一部分" && f.rule !== "self-reference")) expect(f.message, name).toMatch(new RegExp(`^第三部分 ${f.section!.replace(/\(.*$/, "")}`));
    }
  });

  it("prints each place once in the report: a message that names its section, or the section that holds it, is not prefixed", () => {
    const { reading, findings } = narrativeFindings(readDisclosureText("korla-xiwang-street-2024"));
    // narrative-totals' finding over the whole of 五 is flagged at the item that opens the list (五(三)).
    const five = findings.find((f) => f.rule === "narrative-totals" && f.message.startsWith("第三部分 五 "));
    expect(five?.section).toMatch(/^五\(/);
    const report = formatReport(reading, "x.txt").split("\n");
    const line = report.find((l) => l.includes("基本支出与项目支出的增减额之和"));
    expect(line).toMatch(/^ {2}- 第三部分 五 基本支出/);
    // Nowhere is a place printed and then named again.
    for (const l of report) expect(l, l).not.toMatch(/^ {2}- (第三部分 \S+): \1/);
    expect(report.some((l) => /^ {2}- 第三部分 \S+: /.test(l))).toBe(false);
    // A message that does not say where it stands still gets its place.
    const etdz = narrativeFindings(readDisclosureText("korla-etdz-social-affairs-2024"));
    const unplaced = etdz.findings.find((f) => f.rule === "self-reference");
    expect(unplaced?.message.startsWith("第三部分")).toBe(false);
    expect(formatReport(etdz.reading, "y.txt")).toContain(`  - ${"第三部分"} ${unplaced!.section}: ${unplaced!.message}`);
  });

  it("follows the document where its 说明 is another part (第四部分)", () => {
    const printed = readDisclosureText("atushi-xingfu-street-2024");
    const renumbered = printed.replace(/^(\s*)第四部分/m, "$1第五部分").replace(/^(\s*)第三部分/m, "$1第四部分");
    expect(renumbered).not.toBe(printed);
    const before = narrativeFindings(printed).findings;
    const { reading, findings } = narrativeFindings(renumbered);
    expect(reading.narrative_part).toBe("第四部分");
    // The same findings at the same sections, worded with the document's part.
    expect(findings.map((f) => [f.rule, f.section, f.severity])).toEqual(before.map((f) => [f.rule, f.section, f.severity]));
    const inPart = findings.filter((f) => f.section !== "第一部分");
    expect(inPart.length).toBeGreaterThan(0);
    for (const f of inPart) {
      expect(f.message).toMatch(/^第四部分 /);
      expect(f.message).not.toContain("第三部分");
    }
  });

  it.each(["atushi-xingfu-street-2024", "korla-xiwang-street-2024", "korla-etdz-social-affairs-2024"])(
    "%s without its 第N部分 headings: the last table ends at the 说明's first heading, and everything reads as before",
    (name) => {
      const printed = readDisclosureText(name);
      const unparted = printed.replace(/^[ \t]*第[一二三四]部分.*$/gm, "");
      expect(unparted).not.toBe(printed);
      const before = readDisclosure(printed);
      const reading = readDisclosure(unparted);
      expect(reading.narrative_part).toBeUndefined();
      expect(reading.tables).toEqual(before.tables);
      expect(reading.staff).toEqual(before.staff);
      expect(reading.subsidies).toEqual(before.subsidies);
      // The same claims, the staff changes too (under 二、机构设置及人员情况, where 第一部分 is not printed).
      const withoutSection = ({ section: _, ...rest }: { section: string }) => rest;
      expect(reading.claims.map(withoutSection)).toEqual(before.claims.map(withoutSection));
      const staff = (c: { subject: string }) => c.subject.endsWith("（人）");
      expect(reading.claims.filter(staff).map((c) => c.section)).toEqual(before.claims.filter(staff).map(() => "二"));
      expect(reading.claims.filter((c) => !staff(c))).toEqual(before.claims.filter((c) => !staff(c)));
      // The same findings, at the same tables, codes and columns. (Without 第一部分 the reader cannot
      // tell the duties' "负责本部门…" from the 说明's own voice: self-reference may count it.)
      const located = (f: Finding) => [f.rule, f.severity, f.table, f.code, f.column, f.rule === "self-reference" ? "" : f.claimed, f.computed].join(" ");
      expect(checkReading(reading).map(located).sort()).toEqual(checkReading(before).map(located).sort());
    },
  );

  it("in the Shanghai layout: no part, and headings within a chapter its contents title stand within it", () => {
    const printed = readDisclosureText("shanghai-putuo-wanli-2025");
    const reading = readDisclosure(printed);
    expect(reading.narrative_part).toBeUndefined();
    const sectionOf = (start: string) => reading.claims.find((c) => c.text.startsWith(start))?.section;
    // 四、部门预算编制说明 (a contents title printed without its number) has no headings of its own.
    expect(sectionOf("其中：财政拨款收入")).toBe("四");
    // 六、其他相关情况说明 / 一、2025年“三公”经费预算情况说明 / （二）公务用车购置及运行费…
    expect(sectionOf("2025年“三公”经费预算数")).toBe("六、一");
    expect(sectionOf("（二）公务用车购置及运行费")).toBe("六、一(二)");
    expect(reading.procurement?.section).toBe("六、三");
    expect(reading.vehicles?.section).toBe("六、五");

    // A changed figure there is reported at that section, not at a 第三部分 the document does not have.
    const changed = printed.replace("公务用车运行费21.56万元", "公务用车运行费25.56万元");
    expect(changed).not.toBe(printed);
    const { reading: read, findings } = narrativeFindings(changed);
    const amount = findings.find((f) => f.rule === "narrative-amount");
    expect(amount).toMatchObject({ section: "六、一(二)", claimed: "25.56" });
    expect(amount!.message).toMatch(/^六、一\(二\)：公务用车运行费 25\.56 万元/);
    for (const f of findings) expect(f.message).not.toContain("第三部分");
    // The report and the findings sheet name the place alike.
    const report = formatReport(read, "万里街道.txt");
    expect(report).toContain("六、一(二)：公务用车运行费 25.56 万元");
    expect(report).not.toContain("第三部分");
    const list = buildWorkbook(read, read.findings as Finding[]).sheets.find((s) => s.key === "findings")!;
    const texts = list.rows.flat().map((c) => String(c?.value ?? ""));
    expect(texts.some((t) => t.startsWith("六、一(二)："))).toBe(true);
    expect(texts.some((t) => t.includes("第三部分"))).toBe(false);
  });
});
