/**
 * Codes printed wrong in flattened text (cells run together with spaces): a lost leading zero
 * ("301 2 津贴补贴" for 301 02), a class cut short ("8 19 02", "27 01 99"). The row still starts
 * there — it does not run into the name of the row above — its code is read by its name under the
 * rows above it, and the rules report the misprint at that row. The real text of 阿图什, with its
 * codes misprinted so, must read into the same tables.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import type { Finding } from "../../src/rules/types";
import type { Reading } from "../../src/reader/types";
import { checkReading } from "../../src/rules/check";
import { rowStart } from "../../src/reader/table-body";
import { locateTables } from "../../src/reader/locate-tables";
import { splitLines } from "../../src/reader/text-lines";
import { readDisclosureText } from "../shared-data";

const atushi = readDisclosureText("atushi-xingfu-street-2024");
const original = readDisclosure(atushi);

/** The text with every row that starts with `code` (then a space) printed as `printed` instead. */
function misprinted(code: string, printed: string): string {
  let count = 0;
  const text = atushi
    .split("\n")
    .map((line) => (line.startsWith(`${code} `) ? (count++, printed + line.slice(code.length)) : line))
    .join("\n");
  expect(count).toBeGreaterThan(0);
  return text;
}

/** The tables without their notes and repairs (which say what was misprinted). */
function figures(reading: Reading) {
  return Object.fromEntries(Object.entries(reading.tables).map(([id, table]) => [id, { ...table, notes: undefined, code_repairs: undefined }]));
}

const key = (f: Finding) => [f.rule, f.severity, f.table, f.code, f.column, f.claimed].join(" ");

describe("misprinted codes in flattened text", () => {
  it.each([
    ["207 01 99", "27 01 99", "2070199"],
    ["208 19 02", "8 19 02", "2081902"],
  ])("“%s” printed “%s”: the same tables, and an error at each row where it is printed", (code, printed, read) => {
    const reading = readDisclosure(misprinted(code, printed));
    expect(figures(reading)).toEqual(figures(original));
    const before = new Set(checkReading(original).map(key));
    const added = checkReading(reading).filter((f) => !before.has(key(f)));
    // The tables where the code is printed with its name after it (表7 prints its codes alone on
    // their lines, names below: a misprinted code alone on its line is left to the name above).
    const lines = splitLines(misprinted(code, printed));
    const tablesPrinting = locateTables(lines)
      .tables.filter((t) => t.lines.some((l) => l.text.startsWith(`${printed} `)))
      .map((t) => t.id);
    expect(tablesPrinting.length).toBeGreaterThan(0);
    expect(added.map((f) => [f.rule, f.severity, f.table, f.code, f.claimed])).toEqual(
      tablesPrinting.map((id) => ["code-consistency", "error", id, read, printed]),
    );
  });

  it("a lost leading zero (“301 2 津贴补贴”): read as 30102, and reported as a warning", () => {
    const reading = readDisclosure(misprinted("301 02", "301 2"));
    expect(figures(reading)).toEqual(figures(original));
    expect(reading.tables["6"]!.notes).toContainEqual(expect.stringContaining("“301 2”缺少前导零，读作 30102"));
    const before = new Set(checkReading(original).map(key));
    const added = checkReading(reading).filter((f) => !before.has(key(f)));
    expect(added).toEqual([expect.objectContaining({ rule: "code-consistency", severity: "warning", table: "6", code: "30102", claimed: "301 2" })]);
  });

  it("a class row printed with no code (“工资福利支出”, “一般公共服务支出”): read as its class, and reported as a warning", () => {
    const xiwang = readDisclosureText("korla-xiwang-street-2024");
    const plain = readDisclosure(xiwang);
    // 表6's economic classes, and the function class 201 where 表2 prints it (its 款 and 项 follow it).
    const uncoded = xiwang.replace(/^30([12]) (\p{Script=Han}+支出) /gmu, "$2 ").replace(/^201 一般公共服务支出 /m, "一般公共服务支出 ");
    const reading = readDisclosure(uncoded);
    expect(figures(reading)).toEqual(figures(plain));
    expect(reading.tables["6"]!.notes).toContainEqual(expect.stringContaining("表6 工资福利支出：没有印出科目编码，按名称读作 301"));
    const before = new Set(checkReading(plain).map(key));
    const added = checkReading(reading).filter((f) => !before.has(key(f)));
    expect(added.map((f) => [f.rule, f.severity, f.table, f.code])).toEqual([
      ["code-consistency", "warning", "2", "201"],
      ["code-consistency", "warning", "6", "301"],
      ["code-consistency", "warning", "6", "302"],
    ]);
    expect(added[1].message).toBe("表6 工资福利支出：没有印出科目编码，按名称应为 301");
  });

  it("only a line whose digits are followed by a name opens a row so", () => {
    expect(rowStart("301 2 津贴补贴 1,094.62")?.codeParts).toEqual(["301", "2"]);
    expect(rowStart("7 11 02 事业单位医疗 503,724")?.codeParts).toEqual(["7", "11", "02"]);
    expect(rowStart("201 03 01 行政运行 5.00")?.codeParts).toEqual(["201", "03", "01"]);
    // Figures, a wrapped figure's rest, a page number: no row.
    expect(rowStart("5 12.00 12.00")).toBeUndefined();
    expect(rowStart("00 12.00")).toBeUndefined();
    expect(rowStart("12 34")).toBeUndefined();
  });
});
