/** How a narrative subject names a row of the function classification. */
import { namesItem, subjectLevels } from "../../src/reader/subject-levels";

describe("subjectLevels", () => {
  it("reads the level markers, names with brackets of their own kept whole", () => {
    expect(subjectLevels("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）")).toEqual({
      levels: [
        { name: "一般公共服务支出", level: "类" },
        { name: "政府办公厅（室）及相关机构事务", level: "款" },
        { name: "行政运行", level: "项" },
      ],
    });
  });
  it("reads a code printed before or after the name, its level from its length", () => {
    expect(subjectLevels("2010301 行政运行")).toEqual({ levels: [{ name: "行政运行", level: "项" }], code: "2010301" });
    expect(subjectLevels("【20103】政府办公厅（室）及相关机构事务")).toEqual({ levels: [{ name: "政府办公厅（室）及相关机构事务", level: "款" }], code: "20103" });
    expect(subjectLevels("住房保障支出（221）")).toEqual({ levels: [{ name: "住房保障支出", level: "类" }], code: "221" });
  });
  it("reads a row named in quotes or followed by 科目, as the Shanghai narrative names them (“…”科目)", () => {
    const item = { levels: [{ name: "专项普查活动", level: "项" }], code: "2010507" };
    expect(subjectLevels("“2010507专项普查活动”科目")).toEqual(item);
    expect(subjectLevels("“专项普查活动（2010507）”科目")).toEqual(item);
    expect(subjectLevels("专项普查活动（2010507）科目")).toEqual(item);
    expect(subjectLevels("“社会保障和就业支出”科目")).toEqual({ levels: [{ name: "社会保障和就业支出", level: "类" }] });
  });
  it("reads levels marked by their codes in brackets, or an item's code after the marks (…（款）专项普查活动（2010507）)", () => {
    const levels = [
      { name: "一般公共服务支出", level: "类" },
      { name: "统计信息事务", level: "款" },
      { name: "专项普查活动", level: "项" },
    ];
    expect(subjectLevels("一般公共服务支出（类）统计信息事务（款）专项普查活动（2010507）")).toEqual({ levels, code: "2010507" });
    expect(subjectLevels("一般公共服务支出（201）统计信息事务（20105）专项普查活动（2010507）")).toEqual({ levels, code: "2010507" });
    expect(subjectLevels("“一般公共服务支出（类）统计信息事务（款）专项普查活动（项）（2010507）”科目")).toEqual({ levels, code: "2010507" });
    // The code is the last level's: a class's code alone names no item.
    expect(subjectLevels("一般公共服务支出（201）统计信息事务（款）专项普查活动（项）")).toEqual({ levels });
    // Rows side by side are no one row.
    expect(subjectLevels("行政运行（2010301）一般行政管理事务（2010302）")).toBeUndefined();
  });
  it("reads levels joined by dashes, each with its code before it, where each code extends the one before", () => {
    expect(subjectLevels("201一般公共服务支出-20101人大事务-2010108代表工作")).toEqual({
      levels: [
        { name: "一般公共服务支出", level: "类" },
        { name: "人大事务", level: "款" },
        { name: "代表工作", level: "项" },
      ],
      code: "2010108",
    });
    expect(subjectLevels("20101人大事务—2010108代表工作")).toEqual({ levels: [{ name: "人大事务", level: "款" }, { name: "代表工作", level: "项" }], code: "2010108" });
    // Codes of other rows side by side, or one not under the other, are no one row's levels.
    expect(subjectLevels("2010108代表工作-2010301行政运行")?.levels).not.toHaveLength(2);
    expect(subjectLevels("201一般公共服务支出-20801人力资源和社会保障管理事务")?.levels).not.toHaveLength(2);
  });
  it("reads 类-款-项 joined by dashes only where the first is a class", () => {
    expect(subjectLevels("一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行")?.levels.map((l) => l.level)).toEqual(["类", "款", "项"]);
    expect(subjectLevels("2024-2025-行政运行")).toBeUndefined();
    expect(subjectLevels("一般公共服务支出-行政运行")).toBeUndefined();
    expect(subjectLevels("一般公共服务支出/政府办公厅（室）及相关机构事务/行政运行")?.levels.map((l) => l.name)).toEqual(["一般公共服务支出", "政府办公厅（室）及相关机构事务", "行政运行"]);
  });
  it("reads the names without their quotes, and without a dash or slash that joins the marked levels", () => {
    const names = ["一般公共服务支出", "政府办公厅（室）及相关机构事务", "行政运行"];
    expect(subjectLevels("“一般公共服务支出”（类）“政府办公厅（室）及相关机构事务”（款）“行政运行”（项）")?.levels.map((l) => l.name)).toEqual(names);
    expect(subjectLevels("一般公共服务支出（类）-政府办公厅（室）及相关机构事务（款）—行政运行（项）")?.levels.map((l) => l.name)).toEqual(names);
    expect(subjectLevels("一般公共服务支出（类）/ 政府办公厅（室）及相关机构事务（款）/ 行政运行（项）")?.levels.map((l) => l.name)).toEqual(names);
  });
  it("reads a class by its name alone, but not a name an economic class shares, nor any other subject", () => {
    expect(subjectLevels("社会保障和就业支出")).toEqual({ levels: [{ name: "社会保障和就业支出", level: "类" }] });
    expect(subjectLevels("社会保障和就业")).toEqual({ levels: [{ name: "社会保障和就业", level: "类" }] });
    expect(subjectLevels("其他支出")).toBeUndefined();
    expect(subjectLevels("基本支出")).toBeUndefined();
    expect(subjectLevels("公务接待费")).toBeUndefined();
    expect(subjectLevels("2024 年预算")).toBeUndefined();
  });
  it("tells an item from a class or a 款", () => {
    expect(namesItem("其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）支出")).toBe(true);
    expect(namesItem("2296002 用于社会福利的彩票公益金支出")).toBe(true);
    expect(namesItem("一般公共服务支出（类）")).toBe(false);
    expect(namesItem("22960 彩票公益金安排的支出")).toBe(false);
  });
});
