/**
 * Some PDF viewers copy a table with one cell per line: "201" / "一般公共服务支出" / "940.04" /
 * "937.04" instead of "201 一般公共服务支出 940.04 937.04". The real flattened texts, their tables
 * rewritten so, must read into the same tables and give the same findings.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import { checkReading } from "../../src/rules/check";
import { figuresWithoutZeros } from "../reading-figures";
import { readDisclosureText } from "../shared-data";

/** A printed amount (two decimals in these texts) or one a line break cut ("450."). */
const AMOUNT = /^-?[\d,]*\d\.\d*$|^-?[\d,]*\.$/;
/** The code a row opens with: "201", "201 01", "201 01 08". */
const LEADING_CODE = /^(\d{3})((?:[ \t]+\d{2}){0,2})(?=\s|$)/;
/** A header word without digits ("功能分类科目名称", "预算数"): two side by side are two cells. */
const HEADER_WORD = /^[^\d\s]{2,}$/;

/** One printed line as its cells, one per line. Spaced-out words ("收 入 总 计", "2023 年…") stay one cell. */
function cellPerLine(line: string, codePartsApart: boolean): string {
  let rest = line.trim();
  const cells: string[] = [];
  const code = rest.match(LEADING_CODE);
  if (code) {
    const parts = code[0].trim().split(/\s+/);
    cells.push(...(codePartsApart ? parts : [parts.join(" ")]));
    rest = rest.slice(code[0].length).trim();
  }
  let words: string[] = [];
  const endWords = () => {
    if (words.length > 0) cells.push(words.join(" "));
    words = [];
  };
  for (const token of rest.split(/\s+/).filter(Boolean)) {
    if (AMOUNT.test(token)) {
      endWords();
      cells.push(token);
    } else {
      if (words.length > 0 && HEADER_WORD.test(words[words.length - 1]) && HEADER_WORD.test(token)) endWords();
      words.push(token);
    }
  }
  endWords();
  return cells.join("\n");
}

/** Where 第二部分 (the tables) stands: the lines after its heading and before 第三部分. */
function partTwo(lines: string[]): { start: number; end: number } {
  const start = lines.findIndex((line) => /^\s*第二部分/.test(line));
  const end = lines.findIndex((line) => /^\s*第三部分/.test(line));
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return { start: start + 1, end };
}

/** The text with every line of 第二部分 printed one cell per line. */
function tablesCellPerLine(text: string, codePartsApart: boolean): string {
  const lines = text.split("\n");
  const { start, end } = partTwo(lines);
  return lines.map((line, i) => (i >= start && i < end ? cellPerLine(line, codePartsApart) : line)).join("\n");
}

/** The lines of 第二部分 that print more than one amount. */
function rowsOnOneLine(text: string): string[] {
  const lines = text.split("\n");
  const { start, end } = partTwo(lines);
  return lines.slice(start, end).filter((line) => line.split(/\s+/).filter((token) => AMOUNT.test(token)).length > 1);
}

describe.each(["korla-xiwang-street-2024", "atushi-xingfu-street-2024"])("%s, tables copied one cell per line", (name) => {
  const text = readDisclosureText(name);
  const original = readDisclosure(text);
  const originalFindings = checkReading(original);

  it.each([
    ["codes in one cell", false],
    ["each part of a code in a cell of its own", true],
  ])("%s: the same tables and findings", (_, codePartsApart) => {
    const rewritten = tablesCellPerLine(text, codePartsApart as boolean);
    // The rewrite did what it says: no line of the tables holds two amounts any more.
    expect(rowsOnOneLine(text).length).toBeGreaterThan(50);
    expect(rowsOnOneLine(rewritten)).toEqual([]);
    const reading = readDisclosure(rewritten);
    expect(reading.tables).toEqual(original.tables);
    expect(reading.claims).toEqual(original.claims);
    expect(checkReading(reading)).toEqual(originalFindings);
  });
});

describe("shanghai-putuo-wanli-2025, tables copied one cell per line", () => {
  const text = readDisclosureText("shanghai-putuo-wanli-2025");
  // Its tables are TAB-separated; copied one cell per line, the blank cells vanish with the TABs.
  const rewritten = text
    .split("\n")
    .map((line) => (line.includes("\t") ? line.split("\t").filter((cell) => cell.trim() !== "").join("\n") : line))
    .join("\n");
  const original = readDisclosure(text);
  const reading = readDisclosure(rewritten);

  it("reads the one-row 表10 from its heading and figures one a line", () => {
    expect(rewritten).not.toContain("\t");
    expect(reading.tables["10"]).toEqual(original.tables["10"]);
  });

  it("reads every other table's figures, save a 0 whose column nothing decides", () => {
    const zeros = (table: unknown) => JSON.stringify(table).match(/:"0"/g)?.length ?? 0;
    for (const id of Object.keys(original.tables) as (keyof typeof original.tables)[]) {
      expect(figuresWithoutZeros(reading.tables[id]), `表${id}`).toEqual(figuresWithoutZeros(original.tables[id]));
    }
    // Most of the printed zeros still find their column.
    const printed = Object.values(original.tables).reduce((n, table) => n + zeros(table), 0);
    const read = Object.values(reading.tables).reduce((n, table) => n + zeros(table), 0);
    expect(printed).toBeGreaterThan(100);
    expect(read).toBeGreaterThan(printed * 0.98);
  });

  it("gives the same findings", () => {
    expect(checkReading(reading)).toEqual(checkReading(original));
  });
});
