/**
 * PDF text wraps the narrative wherever the page's width ends a line, inside a figure too: in its
 * decimals ("1,255.4" / "1 万元"), and in its whole part ("…科目 531" / "2.11 万元"). The real texts,
 * their narrative wrapped at other widths, read the same claims and give the same findings.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import { readNarrativeAmounts } from "../../src/reader/narrative-claims";
import { splitLines } from "../../src/reader/text-lines";
import { checkReading } from "../../src/rules/check";
import type { Reading } from "../../src/reader/types";
import { disclosureNames, readDisclosureText } from "../shared-data";

/** The text with every line of running text (a comma or a full stop, no spaced-out cells) longer than `width` cut every `width` characters. */
function rewrapped(text: string, width: number): string {
  return text
    .split("\n")
    .flatMap((line) => {
      if (!/[，。]/.test(line) || /\t| {2}/.test(line.trim()) || line.length <= width) return [line];
      const pieces: string[] = [];
      for (let at = 0; at < line.length; at += width) pieces.push(line.slice(at, at + width));
      return pieces;
    })
    .join("\n");
}

/** What is read, without the sentences' own text (whose spaces follow the wrapping). */
const figures = (reading: Reading) => ({
  claims: reading.claims.map(({ section, amount, share_pct, share_of, change, change_pct, last_year }) => [section, amount, share_pct, share_of, change, change_pct, last_year]),
  stated: (reading.stated_amounts ?? []).map(({ section, amount, part_of }) => [section, amount, part_of]),
  subsidies: reading.subsidies.map(({ persons, standard_yuan, per, months, months_stated, amount }) => [persons, standard_yuan, per, months, months_stated, amount]),
  staff: reading.staff,
});
const located = (f: { rule: string; severity: string; table?: string; code?: string; column?: string; section?: string; claimed?: string; computed?: string }) =>
  [f.rule, f.severity, f.table, f.code, f.column, f.section, f.claimed, f.computed].join(" ");

describe("the narrative wrapped at another width", () => {
  it.each(disclosureNames())("%s reads the same claims and gives the same findings", (name) => {
    const text = readDisclosureText(name);
    const original = readDisclosure(text);
    const findings = checkReading(original).map(located);
    for (const width of [17, 23, 29, 37, 41]) {
      const wrapped = rewrapped(text, width);
      expect(wrapped).not.toBe(text);
      const reading = readDisclosure(wrapped);
      expect(figures(reading), `width ${width}`).toEqual(figures(original));
      expect(checkReading(reading).map(located), `width ${width}`).toEqual(findings);
    }
  });

  const amounts = (...lines: string[]) => readNarrativeAmounts(splitLines(["第三部分 情况说明", "五、一般公共预算当年拨款情况", ...lines].join("\n"))).stated.map((s) => s.amount);

  it("joins a figure its whole part wraps (…支出 10 / 4.33 万元), not two figures a line of words does not run into", () => {
    expect(amounts("住房保障支出 10", "4.33 万元，主要用于缴纳住房公积金。")).toEqual(["104.33"]);
    // A line that is only a number (a page's) runs into nothing.
    expect(amounts("住房保障支出", "12", "104.33 万元，主要用于缴纳住房公积金。")).toEqual(["104.33"]);
  });
});
