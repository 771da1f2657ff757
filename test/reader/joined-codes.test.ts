/**
 * Many disclosures print classification codes without spaces ("2010301 行政运行", "30101 基本工资")
 * where others space them ("201 03 01"). The real texts with their codes joined must read the same.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import { rowStart } from "../../src/reader/table-body";
import { checkReading } from "../../src/rules/check";
import { readDisclosureText } from "../shared-data";

/** "201 03 01 行政运行" → "2010301 行政运行" (flattened text). */
const joinSpaced = (text: string) =>
  text.replace(/^([ \t]*)(\d{3}) (\d{2}) (\d{2})(?=\s)/gm, "$1$2$3$4").replace(/^([ \t]*)(\d{3}) (\d{2})(?=\s)/gm, "$1$2$3");
/** "201\t39\t50\t…" → "2013950\t\t\t…" (TAB text: one cell for the code, the others left blank). */
const joinCells = (text: string) => text.replace(/^(\d{3})\t(\d{2})\t(\d{2})\t/gm, "$1$2$3\t\t\t").replace(/^(\d{3})\t(\d{2})\t\t/gm, "$1$2\t\t\t");

/** "201 03 01 行政运行" → "201 03 01行政运行", "201 一般公共服务支出" → "201一般公共服务支出": the name run into the code's last part. */
const glueNames = (text: string) => text.replace(/^([ \t]*\d{3}(?: \d{2}){0,2}) (?=\p{Script=Han})/gmu, "$1");

describe.each([
  ["korla-xiwang-street-2024", joinSpaced],
  ["atushi-xingfu-street-2024", joinSpaced],
  ["korla-etdz-social-affairs-2024", joinCells],
  ["korla-xiwang-street-2024", glueNames],
  ["atushi-xingfu-street-2024", glueNames],
])("%s with its codes printed joined", (name, join) => {
  it("reads the same tables and findings", () => {
    const text = readDisclosureText(name);
    const joined = join(text);
    expect(joined).not.toBe(text);
    const original = readDisclosure(text);
    const reading = readDisclosure(joined);
    expect(reading.tables).toEqual(original.tables);
    expect(checkReading(reading)).toEqual(checkReading(original));
  });
});

describe("a joined code at the start of a table line", () => {
  it("is split into its class, 款 and 项, with the name after it or on the next line", () => {
    expect(rowStart("2010301 行政运行 785.85 785.85")).toEqual({ codeParts: ["201", "03", "01"], isTotal: false, rest: "行政运行 785.85 785.85" });
    expect(rowStart("30101基本工资")).toEqual({ codeParts: ["301", "01"], isTotal: false, rest: "基本工资" });
    expect(rowStart("2010399")).toEqual({ codeParts: ["201", "03", "99"], isTotal: false, rest: "" });
  });
  it("takes a spaced code's last part run into the name as the code's (“201 03 01行政运行”)", () => {
    expect(rowStart("201 03 01行政运行 785.85 785.85")).toEqual({ codeParts: ["201", "03", "01"], isTotal: false, rest: "行政运行 785.85 785.85" });
    expect(rowStart("301 02津贴补贴 40.10")).toEqual({ codeParts: ["301", "02"], isTotal: false, rest: "津贴补贴 40.10" });
    // A class with its name run in, where the name is the catalogue's: "100人", "300万元以上" are no codes.
    expect(rowStart("201一般公共服务支出 100.00")).toEqual({ codeParts: ["201"], isTotal: false, rest: "一般公共服务支出 100.00" });
    expect(rowStart("302商品和服务支出 40.24")).toEqual({ codeParts: ["302"], isTotal: false, rest: "商品和服务支出 40.24" });
    expect(rowStart("208社会保障和")).toEqual({ codeParts: ["208"], isTotal: false, rest: "社会保障和" });
    expect(rowStart("100人 12.00")).toBeUndefined();
    expect(rowStart("201人 12.00")).toBeUndefined();
  });
  it("is no code where it could be a figure: digits alone whose class the catalogue lacks", () => {
    expect(rowStart("1234567")).toBeUndefined();
    expect(rowStart("9990101")).toBeUndefined();
    expect(rowStart("12345.67 12345.67")).toBeUndefined();
  });
});
