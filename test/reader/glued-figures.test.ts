/**
 * Some viewers copy a narrow gap between a name and the figure after it as nothing:
 * "201 一般公共服务支出940.04 937.04". The real flattened texts, their tables rewritten so, must
 * read into the same tables and give the same findings.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import { checkReading } from "../../src/rules/check";
import { separateGluedFigures } from "../../src/reader/table-body";
import { readDisclosureText } from "../shared-data";

/** Words (or a closing bracket) then spaces then a figure with decimals: the gap the copy loses. */
const GAP_BEFORE_FIGURE = /(\p{Script=Han}|[）)])[ \t]+(?=-?[\d,]*\d\.\d+(?:\s|$))/gu;

/** The text with every line of 第二部分 printed without the gap between its words and figures. */
function figuresGluedToNames(text: string): { text: string; glued: number } {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => /^\s*第二部分/.test(line));
  const end = lines.findIndex((line) => /^\s*第三部分/.test(line));
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  let glued = 0;
  const rewritten = lines.map((line, i) => {
    if (i <= start || i >= end) return line;
    const joined = line.replace(GAP_BEFORE_FIGURE, "$1");
    if (joined !== line) glued++;
    return joined;
  });
  return { text: rewritten.join("\n"), glued };
}

describe.each(["korla-xiwang-street-2024", "atushi-xingfu-street-2024"])("%s, figures copied against their names", (name) => {
  const text = readDisclosureText(name);
  const original = readDisclosure(text);

  it("reads the same tables, claims and findings", () => {
    const rewritten = figuresGluedToNames(text);
    expect(rewritten.glued).toBeGreaterThan(100);
    expect(rewritten.text).toMatch(/一般公共服务支出\d/);
    const reading = readDisclosure(rewritten.text);
    expect(reading.tables).toEqual(original.tables);
    expect(reading.claims).toEqual(original.claims);
    expect(checkReading(reading)).toEqual(checkReading(original));
  });
});

describe("separateGluedFigures", () => {
  const line = (text: string) => ({ index: 0, text, flat: text.replace(/\s+/g, "") });
  const parted = (text: string) => separateGluedFigures([line(text)])[0].text;

  it("parts a figure with decimals or separators from the words before it", () => {
    expect(parted("201 一般公共服务支出940.04 937.04")).toBe("201 一般公共服务支出 940.04 937.04");
    expect(parted("公务用车购置及运行费（小计）5.60 5.60")).toBe("公务用车购置及运行费（小计） 5.60 5.60");
    expect(parted("基本工资13,437,600 13,437,600")).toBe("基本工资 13,437,600 13,437,600");
  });

  it("leaves a whole number after words alone: a year or a document number wrapped in a name", () => {
    for (const text of ["巴财教〔2023〕61号关于中央2024", "2024年中央财政困难群众救助补助资金", "巴财行〔2023〕37号"]) expect(parted(text)).toBe(text);
  });

  it("leaves TAB cells and unchanged tables as they are (the same array)", () => {
    const lines = [line("201 一般公共服务支出 940.04"), { ...line("一般公共服务支出940.04"), cells: ["一般公共服务支出940.04"] }];
    expect(separateGluedFigures(lines)).toBe(lines);
  });
});
