/**
 * 表1's income lines as other disclosures label them: each label must take its own line (the lines
 * are matched in printed order, so one label missed or mistaken shifts every figure after it into
 * the wrong line), and a label the reader does not know is said so, with its figure.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import type { IncomeExpenseTable } from "../../src/reader/types";
import { checkReading } from "../../src/rules/check";
import { readDisclosureText } from "../shared-data";

const text = readDisclosureText("korla-xiwang-street-2024");
const table1 = (t: string) => readDisclosure(t).tables["1"] as IncomeExpenseTable;
const lines = (t: string) => table1(t).income.map((l) => [l.key, l.amount]);
const printed = readDisclosure(text);

describe("表1's income lines in other words (希望街道)", () => {
  it.each([
    ["一般公共预算拨款收入", "1.一般公共预算拨款 1,343.76", "（一）一般公共预算拨款收入 1,343.76"],
    ["本级财力", "其中：一般财力 1,339.46", "其中：本级财力 1,339.46"],
    ["上级转移支付", "上级一般公共预算安排转移支付 4.30", "上级转移支付 4.30"],
  ])("%s: the same lines, and no finding more", (_, from, to) => {
    expect(text).toContain(from);
    const reworded = text.replace(from, to);
    expect(lines(reworded)).toEqual(lines(text));
    expect(lines(text)).toContainEqual(["general_own", "1339.46"]);
    expect(checkReading(readDisclosure(reworded)).map((f) => f.message)).toEqual(checkReading(printed).map((f) => f.message));
  });

  it("says which label it did not know, with its figure, where the line also prints an expense class", () => {
    const reworded = text.replace("其中：一般财力 1,339.46", "其中：本级安排 1,339.46");
    expect(table1(reworded).notes).toContainEqual(expect.stringContaining("表1 未识别的收入项目“其中：本级安排”（1339.46）"));
  });
});

describe("表1 and 表4 whose expense side names its classes without codes (阿图什)", () => {
  const atushi = readDisclosureText("atushi-xingfu-street-2024");
  const NUMERALS = "一二三四五六七八九十";
  const numeral = (n: number) => (n <= 10 ? NUMERALS[n - 1] : `${n >= 20 ? NUMERALS[Math.floor(n / 10) - 1] : ""}十${n % 10 ? NUMERALS[(n % 10) - 1] : ""}`);
  /** The table's text with each "201 一般公共服务支出" printed as `name(n, "一般公共服务支出")` instead. */
  const relabelled = (id: "1" | "4", name: (n: number, name: string) => string) => {
    const start = atushi.search(new RegExp(`\\n *表 *${id}\\n`));
    const end = atushi.search(new RegExp(`\\n *表 *${Number(id) + 1}\\n`));
    let n = 0;
    const table = atushi.slice(start, end).replace(/\b2\d\d (\S+支出|预备费)/g, (_, className: string) => name(++n, className));
    expect(n).toBeGreaterThan(25);
    return atushi.slice(0, start) + table + atushi.slice(end);
  };
  const printed = readDisclosure(atushi);
  const findings = checkReading(printed).map((f) => f.message);

  it.each([
    ["1", "plain names (社会保障和就业支出)", (_: number, className: string) => className],
    ["1", "numbered names (八、社会保障和就业支出, 二十四、预备费)", (n: number, className: string) => `${numeral(n)}、${className}`],
    ["4", "plain names", (_: number, className: string) => className],
    ["4", "numbered names", (n: number, className: string) => `${numeral(n)}、${className}`],
  ] as const)("表%s, %s: the same reading, and no finding more", (id, _, name) => {
    const reading = readDisclosure(relabelled(id, name));
    expect(reading.tables[id]).toEqual(printed.tables[id]);
    expect(checkReading(reading).map((f) => f.message)).toEqual(findings);
  });
});
