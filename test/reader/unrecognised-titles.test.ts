/**
 * A disclosure may head its tables "表 N" and title them in words the reader does not know — the
 * Ministry of Finance's shorter names, "单位收支总表" for "单位收支总体情况表". Such a table is not
 * read; it is not called missing either (a reviewer would reject "缺少表1" for a table that is
 * there), but reported as not read, under the title the text prints (the real texts, re-titled).
 */
import { buildWorkbook } from "../../src/layout/build-workbook";
import { formatReport } from "../../src/cli/report";
import { readDisclosure } from "../../src/reader/read-disclosure";
import { STANDARD_TABLE_TITLES, TABLE_IDS, type TableId } from "../../src/reader/types";
import { checkReading } from "../../src/rules/check";
import { readDisclosureText } from "../shared-data";

/** The text with the title under each "表 N" heading of `ids` shortened: "…总体情况表" → "…总表", "…情况表" → "…表". */
function retitled(text: string, ids: TableId[]): { text: string; titles: Map<TableId, string> } {
  const titles = new Map<TableId, string>();
  const out = text.replace(/^([ \t]*表[ \t]*(\d{1,2})[:：]?[ \t]*\n(?:[ \t]*\n)*[ \t]*)(\S*?)(总体情况表|情况明细表|情况表)[ \t]*$/gm, (line, head, n, name, ending) => {
    if (!ids.includes(n as TableId)) return line;
    const title = `${name}${ending === "总体情况表" ? "总表" : "表"}`;
    titles.set(n as TableId, title);
    return `${head}${title}`;
  });
  return { text: out, titles };
}

describe.each(["korla-xiwang-street-2024", "atushi-xingfu-street-2024"])("%s, its tables titled otherwise", (name) => {
  const text = readDisclosureText(name);
  const original = readDisclosure(text);
  const renamed: TableId[] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
  const { text: changed, titles } = retitled(text, renamed);
  const reading = readDisclosure(changed);
  const findings = checkReading(reading);

  it("reports each such table not read, under the title the text prints, and reads the others as before", () => {
    expect([...titles.keys()].sort()).toEqual([...renamed].sort());
    for (const id of renamed) {
      expect(reading.tables[id], id).toEqual({ status: "missing", unrecognised_title: titles.get(id) });
      expect(reading.problems).toContainEqual(expect.stringContaining(`表${id} 未读取：文中“表${id}”的标题为“${titles.get(id)}”，不是标准的“${STANDARD_TABLE_TITLES[id]}”`));
    }
    expect(reading.problems.filter((p) => p.startsWith("缺少表"))).toEqual([]);
    expect(reading.tables["11"]).toEqual(original.tables["11"]);
    // The claims are the same (what share of which table total each is, is settled from the tables read).
    const withoutBase = (claims: typeof original.claims) => claims.map(({ share_of: _, ...claim }) => claim);
    expect(withoutBase(reading.claims)).toEqual(withoutBase(original.claims));
  });

  it("warns that the table was not read, where it would have called it missing", () => {
    const completeness = findings.filter((f) => f.rule === "table-completeness");
    expect(completeness.map((f) => [f.table, f.severity, f.claimed, f.computed])).toEqual(
      renamed.map((id) => [id, "warning", titles.get(id), STANDARD_TABLE_TITLES[id]]),
    );
    expect(completeness[0].message).toBe(`表1 未读取：文中“表1”的标题为“${titles.get("1")}”，不是标准的“收支总体情况表”，该表的数字未读取、未核对`);
  });

  it("says so in the report, the overview sheet and the table's own sheet", () => {
    const report = formatReport({ ...reading, findings }, "retitled.txt");
    expect(report).toMatch(/表1 {3}未读取 not read/);
    expect(report).not.toMatch(/缺少 missing/);
    const sheets = buildWorkbook(reading, findings).sheets;
    const overview = sheets.find((s) => s.key === "overview")!;
    const cells = overview.rows.flat().filter((c) => c?.value === "未读取");
    expect(cells).toHaveLength(renamed.length);
    for (const cell of cells) expect(cell!.flag).toEqual(expect.objectContaining({ severity: "warning", note: expect.stringContaining("不是标准的") }));
    const table1 = sheets.find((s) => s.key === "table-1")!;
    expect(table1.rows.flat().some((c) => String(c?.value ?? "").startsWith(`本表未读取：文中“表1”的标题为“${titles.get("1")}”`))).toBe(true);
  });
});

it("names the titles it found when it could read no table at all", () => {
  const { text, titles } = retitled(readDisclosureText("korla-xiwang-street-2024"), [...TABLE_IDS]);
  expect(titles.size).toBe(11);
  const reading = readDisclosure(text);
  expect(reading.layout).toBe("unknown");
  const problem = reading.problems.find((p) => p.startsWith("没有找到任何预算公开表"));
  expect(problem).toContain(`表1“${titles.get("1")}”`);
  expect(problem).toContain(`表11“${titles.get("11")}”`);
});
