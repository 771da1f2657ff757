/**
 * Bad input never throws and never hangs: the reading says what it could not find.
 */
import { readDisclosure, readingIsUsable } from "../../src/reader/read-disclosure";
import { readDisclosureText } from "../shared-data";

describe("reading bad input", () => {
  it("empty input: nothing usable, and it says so", () => {
    const reading = readDisclosure("");
    expect(readingIsUsable(reading)).toBe(false);
    expect(reading.problems.join(" ")).toMatch(/没有找到任何预算公开表/);
  });

  it("a text that is no disclosure", () => {
    const reading = readDisclosure("今天天气很好。\nThe quick brown fox jumps over the lazy dog.\n".repeat(50));
    expect(readingIsUsable(reading)).toBe(false);
    expect(reading.problems.length).toBeGreaterThan(0);
  });

  it("binary garbage is refused as not text", () => {
    const bytes = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join("");
    const reading = readDisclosure(bytes);
    expect(readingIsUsable(reading)).toBe(false);
    expect(reading.problems[0]).toMatch(/不是文本|not text/);
  });

  it("a truncated disclosure: the tables it has are read, the rest reported missing", () => {
    const text = readDisclosureText("atushi-xingfu-street-2024");
    const cut = text.slice(0, text.indexOf("表 6"));
    const reading = readDisclosure(cut);
    expect(readingIsUsable(reading)).toBe(true);
    expect(reading.tables["3"]!.status).toBe("present");
    for (const id of ["7", "8", "9", "10", "11"] as const) expect(reading.tables[id]!.status, `表${id}`).toBe("missing");
    expect(reading.problems.filter((p) => /缺少表/.test(p)).length).toBeGreaterThanOrEqual(5);
  });

  it("a 10 MB text of repeated disclosures is read without hanging", () => {
    const one = readDisclosureText("korla-xiwang-street-2024");
    const big = one.repeat(Math.ceil(10_000_000 / one.length));
    const reading = readDisclosure(big);
    expect(big.length).toBeGreaterThanOrEqual(10_000_000);
    expect(reading.tables["1"]!.status).toBe("present");
  }, 120_000);

  it("pathological lines (long runs of digits, commas, dots) do not make the patterns backtrack", () => {
    const line = "1,".repeat(20_000) + "…" + "9".repeat(20_000) + ".".repeat(20_000);
    const reading = readDisclosure(`表 2\n单位收入总体情况表\n${line}\n201 ${line}\n`);
    expect(reading.layout).toBe("standard-11");
  });
});
