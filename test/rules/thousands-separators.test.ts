/**
 * Many disclosures print thousands separators ("1,857.73 万元", "1,000 元/人/月"). The shared texts
 * printed so must read into the same figures and give the same findings; no rule may fail on a
 * figure printed with its separator (the performance-target tables keep their 元 amounts as
 * printed, and one rule used to stop on "1,000").
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import { checkReading } from "../../src/rules/check";
import type { Finding } from "../../src/rules/types";
import { disclosureNames, readDisclosureText } from "../shared-data";
import { readingFigures } from "../reading-figures";

/** Separators in every figure of four or more whole digits that has decimals or is an amount in 元. */
function withSeparators(text: string): string {
  const separated = (digits: string) => digits.replace(/\B(?=(\d{3})+$)/g, ",");
  return text
    .replace(/(?<![\d.,])(\d{4,})(?=\.\d)/g, (_, digits: string) => separated(digits))
    .replace(/(?<![\d.,])(\d{4,})(?=\s*元)/g, (_, digits: string) => separated(digits));
}

/** What the findings say, without the quoted text (which keeps the separators as printed). */
const key = (f: Finding) => [f.rule, f.severity, f.table, f.code, f.column, f.section, f.row, f.claimed?.replace(/,/g, ""), f.computed].join(" ");

/** The shared texts with figures of four or more digits (one states every amount below 1,000 万元). */
const separable = disclosureNames().filter((name) => withSeparators(readDisclosureText(name)) !== readDisclosureText(name));

describe("figures printed with thousands separators", () => {
  it("are printable in most shared texts", () => {
    expect(separable.length).toBeGreaterThanOrEqual(3);
  });

  it.each(separable)("%s reads and checks as without them", (name) => {
    const text = readDisclosureText(name);
    const separated = withSeparators(text);
    expect(separated).toMatch(/\d,\d{3}\.\d\d/);
    const original = readDisclosure(text);
    const reading = readDisclosure(separated);
    expect(readingFigures(reading)).toEqual(readingFigures(original));
    const findings = checkReading(reading);
    expect(findings.filter((f) => f.message.includes("未能运行"))).toEqual([]);
    expect(findings.map(key).sort()).toEqual(checkReading(original).map(key).sort());
  });

});
