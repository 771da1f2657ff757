/**
 * Some documents print full-width digits (２０２４年, ７８５．８５ 万元), as some PDF generators and
 * word processors do. They are digits: the real texts printed so must read into the same tables,
 * claims and subsidies, and give the same findings — not silently lose every figure.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import { checkReading } from "../../src/rules/check";
import type { Finding } from "../../src/rules/types";
import { splitLines } from "../../src/reader/text-lines";
import { disclosureNames, readDisclosureText } from "../shared-data";
import { readingFigures } from "../reading-figures";

/** Every digit full-width, and every decimal point between digits (a list's "1." stays). */
function fullWidth(text: string): string {
  return text.replace(/(\d)\.(?=\d)/g, "$1．").replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

const key = (f: Finding) => [f.rule, f.severity, f.table, f.code, f.column, f.section, f.row, f.claimed, f.computed].join(" ");

describe("full-width digits", () => {
  it.each(disclosureNames())("%s reads and checks as with ASCII digits", (name) => {
    const text = readDisclosureText(name);
    const printed = fullWidth(text);
    expect(printed).toMatch(/[０-９]．[０-９]/);
    expect(printed).not.toMatch(/[0-9]/);
    const original = readDisclosure(text);
    const reading = readDisclosure(printed);
    expect(readingFigures(reading)).toEqual(readingFigures(original));
    expect(checkReading(reading).map(key).sort()).toEqual(checkReading(original).map(key).sort());
  });

  it("are read one character for one, so that positions on the line still hold", () => {
    const [line] = splitLines("合计　１,２３４．５６　７８．９０");
    expect(line.text).toBe("合计 1,234.56 78.90");
  });
});
