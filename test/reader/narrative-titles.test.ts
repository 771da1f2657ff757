/**
 * A section title of the narrative ("九、关于…国有资本经营预算拨款情况说明", "（二）政府采购情况") is
 * a sentence of its own: the text under it does not run on from it, also where PDF text wraps the
 * title over two lines. Claims, the procurement and vehicle statements, the 空表 statements and the
 * quotes in findings then start where the document's sentence starts.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import { checkReading } from "../../src/rules/check";
import { readingFigures } from "../reading-figures";
import { disclosureNames, readDisclosureText } from "../shared-data";

/** A numbered heading that is only a title, at the start of a text. */
const TITLE_AT_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^。；;：:，,%％]*?(?:说明|情况)/;

describe("section titles in the narrative", () => {
  it.each(disclosureNames())("%s: no claim, statement or subject starts with a section title", (name) => {
    const reading = readDisclosure(readDisclosureText(name));
    const texts = [
      ...reading.claims.map((c) => c.text),
      ...(reading.empty_statements ?? []).map((s) => s.text),
      reading.procurement?.text,
      reading.vehicles?.text,
    ].filter((t): t is string => t !== undefined);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => TITLE_AT_START.test(t.trim()))).toEqual([]);
    expect(reading.claims.map((c) => c.subject).filter((s) => s.includes("情况说明"))).toEqual([]);
    expect((reading.amount_sentences ?? []).map((s) => s.subject).filter((s) => s.includes("情况说明"))).toEqual([]);
  });

  it("a title wrapped over two lines (…拨款情况 / 说明) is not the start of the claim under it", () => {
    const text = readDisclosureText("korla-xiwang-street-2024");
    expect(text).toMatch(/九、 关于库尔勒市希望街道办事处 2024 年国有资本经营预算拨款情况\s*\n\s*说明\s*\n/);
    const claim = readDisclosure(text).claims.find((c) => c.section === "九" && c.change === "-0.05" && c.subject.startsWith("国有资本经营预算拨款"));
    expect(claim).toBeDefined();
    // The subject is what the expected reading calls it, and the quote starts with the sentence.
    expect(claim!.subject).toBe("国有资本经营预算拨款");
    expect(claim!.text.startsWith("库尔勒市希望街道办事处 2024 年国有资本经营预算拨款 0.00 万元")).toBe(true);
  });

  it("a finding quotes the sentence, not the title above it", () => {
    const reading = readDisclosure(readDisclosureText("korla-etdz-social-affairs-2024"));
    const finding = checkReading(reading).find((f) => f.rule === "self-reference");
    expect(finding).toBeDefined();
    expect(finding!.message).toContain("“2024 年，本部门预算绩效管理");
    expect(finding!.message).not.toContain("预算绩效情况2024");
  });

  it("where the sentence under a heading names nothing, the heading says what its amount is of", () => {
    const printed = readDisclosureText("shanghai-putuo-wanli-2025");
    const line = "（一）因公出国（境）费0万元，比2024年预算持平。";
    expect(printed).toContain(line);
    const findings = (text: string) => checkReading(readDisclosure(text)).map((f) => [f.rule, f.severity, f.table, f.column].join(" "));
    const printedFindings = findings(printed);
    // The same statement in other real forms: the heading on its line, the amount under it; the
    // heading a title of its own (…情况) or the start of the sentence.
    for (const [heading, subject] of [
      ["（一）因公出国（境）费情况", "因公出国（境）费情况"],
      ["（一）因公出国（境）费", "因公出国（境）费"],
    ]) {
      const rewritten = printed.replace(line, `${heading}\n2025年预算数为0万元，比2024年预算持平。`);
      const claim = readDisclosure(rewritten).claims.find((c) => c.section === "六、一(一)");
      expect(claim).toMatchObject({ subject, amount: "0", change: "0" });
      expect(findings(rewritten)).toEqual(printedFindings);
    }
  });

  it("a heading run into its sentence on one line is no title: the sentence stays whole", () => {
    const printed = readDisclosureText("korla-xiwang-street-2024");
    const joined = printed.replace(/\(五\) 其他需说明的事项\s*\n\s*(库尔勒市希望街道办事处 2024 年上年结转结余上级专项转移支付项目 1)/, "(五) 其他需说明的事$1");
    expect(joined).not.toBe(printed);
    const withheld = (text: string) => readDisclosure(text).performance_statement?.withheld.map((w) => [w.projects, w.amount]);
    expect(withheld(printed)).toEqual([
      [1, "3"],
      [2, "4.30"],
    ]);
    expect(withheld(joined)).toEqual(withheld(printed));
  });
});

describe.each(disclosureNames())("%s, its sections numbered 一．", (name) => {
  const text = readDisclosureText(name);

  it("reads into the same sections, claims, tables and findings as with 一、", () => {
    // "一、" at the start of a line is every section heading and numbered class or income line.
    const renumbered = text.replace(/^(\s*[一二三四五六七八九十]{1,3})、/gm, "$1．");
    expect(renumbered).not.toBe(text);
    const original = readDisclosure(text);
    const reading = readDisclosure(renumbered);
    expect(readingFigures(reading).claims).toEqual(readingFigures(original).claims);
    expect(reading.tables).toEqual(JSON.parse(JSON.stringify(original.tables).replace(/"([一二三四五六七八九十]{1,3})、/g, '"$1．')));
    const at = (findings: ReturnType<typeof checkReading>) => findings.map((f) => [f.rule, f.severity, f.table, f.code, f.row, f.column, f.section, f.claimed, f.computed].join(" "));
    expect(at(checkReading(reading))).toEqual(at(checkReading(original)));
  });
});
