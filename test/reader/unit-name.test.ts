/**
 * The unit's name, where no "编制单位：" line gives it, from part one's title ("第一部分 2024 年某某部门概况"):
 * whatever kind of body the unit is.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import { readDisclosureText } from "../shared-data";

describe("the unit's name from part one's title (希望街道 without its 编制部门 lines)", () => {
  const xiwang = readDisclosureText("korla-xiwang-street-2024");
  const untitled = xiwang.replace(/编制部门：库尔勒市希望街道办事处/g, "");

  it("reads it where only the title gives it", () => {
    expect(untitled).not.toBe(xiwang);
    expect(readDisclosure(untitled).unit).toBe("库尔勒市希望街道办事处");
  });

  it.each(["库尔勒市第一幼儿园", "库尔勒市人民政府办公室", "库尔勒市妇女联合会", "库尔勒市总工会", "库尔勒市广播电视台", "巴州日报社", "库尔勒市第二中学", "库尔勒市实验小学", "库尔勒市园艺场", "共青团库尔勒市委员会"])(
    "reads %s",
    (name) => {
      expect(readDisclosure(untitled.replaceAll("库尔勒市希望街道办事处", name)).unit).toBe(name);
    },
  );

  it("reads no name from a title that gives none", () => {
    for (const title of ["第一部分 部门概况", "第一部分 2024年部门预算", "2024年单位预算公开"]) {
      expect(readDisclosure(`${title}\n一、主要职能\n负责辖区各项工作。`).unit, title).toBeUndefined();
    }
  });
});
