/**
 * The plain report `budget-lens check FILE` prints: each finding's place once, named as a reader
 * of the document names it (表10 公务用车运行费 [合计], not vehicle_operation [total]).
 */
import { formatReport } from "../src/cli/report";
import { readDisclosure } from "../src/reader/read-disclosure";
import { checkReading } from "../src/rules/check";
import { readDisclosureText } from "./shared-data";

function report(name: string): string[] {
  const reading = readDisclosure(readDisclosureText(name));
  reading.findings = checkReading(reading);
  const lines = formatReport(reading, `${name}.txt`).split("\n");
  // The findings only, not the reader's notes below them.
  const notes = lines.findIndex((l) => l.startsWith("读取说明"));
  return lines.slice(0, notes < 0 ? undefined : notes).filter((l) => l.startsWith("  - "));
}

describe("the check report", () => {
  const names = ["atushi-xingfu-street-2024", "korla-xiwang-street-2024", "korla-etdz-social-affairs-2024", "shanghai-putuo-wanli-2025"];

  it("names columns and keyed rows as the tables print them, not by the reading's keys", () => {
    for (const name of names) for (const line of report(name)) expect(line, name).not.toMatch(/\[[a-z_]+\]|\b(?:total|vehicle_operation|fiscal_subtotal)\b/);
    expect(report("korla-xiwang-street-2024")).toContainEqual(expect.stringMatching(/^ {2}- 表10 公务用车运行费 \[合计\]: 第三部分 十二\(三\)：单位占有使用车辆 0 辆/));
    expect(report("korla-etdz-social-affairs-2024")).toContainEqual(expect.stringMatching(/^ {2}- 表2 合计 \[国有资本经营预算\]: 表2 的 5\.88 列在/));
  });

  it("does not print a place the message opens with", () => {
    const etdz = report("korla-etdz-social-affairs-2024");
    // "表2 201：财政拨款小计 173.542 应等于…" and "缺少表8：…" say where they are.
    expect(etdz).toContain("  - 表2 201：财政拨款小计 印作 173.542，小数点错位，应为 1735.42");
    expect(etdz).toContainEqual(expect.stringMatching(/^ {2}- 缺少表8：/));
    for (const name of names) {
      for (const line of report(name)) {
        const prefixed = line.match(/^ {2}- (表\d+(?: \S+)?)(?: \[[^\]]+\])?: (.*)$/);
        if (prefixed) expect(prefixed[2].startsWith(`${prefixed[1]}：`), line).toBe(false);
      }
    }
    // A misprinted code's finding opens with the row it was read as (and, in 表7, the project),
    // as the arithmetic findings do, and the report names that place once.
    expect(etdz).toContain("  - 表2 20139：科目编码印作“20 3”（社会工作事务），不是完整的编码，按名称应为 20139");
    expect(etdz).toContain("  - 表7 2013999 情报信息费：科目编码印作“201 3 9”（其他社会工作事务支出），不是完整的编码，按名称应为 2013999");
    expect(etdz).toContain("  - 表5 20805：科目编码印作“208 5”，缺少前导零，应为 20805");
    for (const name of names) {
      for (const line of report(name).filter((l) => l.includes("科目编码印作"))) {
        expect(line, line).toMatch(/^ {2}- 表\d+ \d+(?: [^：:]+)?：科目编码印作/);
      }
    }
  });

  it("writes a name and the particle after it together, as Chinese is written", () => {
    // "关于 201 一般公共服务支出的说明", "表5 2210201 住房公积金为 350.35 万元": not "支出 的", "公积金 为".
    const atushi = report("atushi-xingfu-street-2024");
    expect(atushi).toContainEqual(expect.stringContaining("关于 201 一般公共服务支出的说明提到 "));
    for (const name of names) for (const line of report(name)) expect(line, line).not.toMatch(/[\u4e00-\u9fff）)] [的为是]/);
  });
});

describe("the staff line of the check report", () => {
  const staffLine = (text: string) => formatReport(readDisclosure(text), "x.txt").split("\n").find((l) => l.startsWith("人员 staff"));

  it("lists 在职, 退休 and 离休, or 离退休 where the text counts retired staff together", () => {
    const text = readDisclosureText("atushi-xingfu-street-2024");
    expect(staffLine(text)).toBe("人员 staff: 编制 172，实有 254（在职 199，退休 55，离休 0）");
    const together = text.replace(/退休 55 人，增加 5 人；离\s*休 0 人，增加 0 人/, "离退休 55 人，增加 5 人");
    expect(together).not.toBe(text);
    expect(staffLine(together)).toBe("人员 staff: 编制 172，实有 254（在职 199，离退休 55）");
  });
});
