/**
 * The staff figures of 第一部分 as other disclosures word them: posts counted by kind, a change
 * against "上年度" or a named year, 在职在编, and retired staff counted together as 离退休.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import { checkReading } from "../../src/rules/check";
import { readDisclosureText } from "../shared-data";

const text = readDisclosureText("korla-xiwang-street-2024");
const printed = readDisclosure(text);
const HEAD = "编制数 41，实有人数 108 人，其中：在职 105 人，\n\n减少 3人；退休 3 人，增加 1人；离休 0人，增加 0 人。";

function reworded(to: string) {
  expect(text).toContain(HEAD);
  return readDisclosure(text.replace(HEAD, to));
}
const staffFindings = (reading: ReturnType<typeof readDisclosure>) => checkReading(reading).filter((f) => f.kind === "staff");

describe("staff in other words (希望街道)", () => {
  it("reads the printed sentence", () => {
    expect(printed.staff).toEqual({
      authorized: 41,
      actual: 108,
      in_service: 105,
      in_service_change: -3,
      retired: 3,
      retired_change: 1,
      retired_cadre: 0,
      retired_cadre_change: 0,
    });
  });

  it("adds up posts counted by kind where no total is stated, and takes the total where it is", () => {
    expect(reworded(HEAD.replace("编制数 41", "行政编制 20 名、事业编制 21 名")).staff.authorized).toBe(41);
    expect(reworded(HEAD.replace("编制数 41", "编制数 41 人，其中行政编制 20 人，事业编制 22 人")).staff.authorized).toBe(41);
  });

  it.each([["较上年度减少 3人"], ["比 2023 年减少 3人"], ["比上年减少了 3 人"]])("reads the change “%s”", (change) => {
    const reading = reworded(HEAD.replace("减少 3人", change));
    expect(reading.staff).toEqual(printed.staff);
    expect(reading.claims.filter((c) => c.section === "第一部分")).toEqual(
      printed.claims.filter((c) => c.section === "第一部分").map((c) => ({ ...c, text: expect.any(String) })),
    );
  });

  it.each([["在职职工 105 人", "退休职工 3 人"], ["在职干部职工 105 人", "退休人员 3 人"], ["在职在岗人员 105 人", "退休干部 3 人"]])(
    "reads staff named “%s”, “%s” and checks them",
    (inService, retired) => {
      const named = HEAD.replace("在职 105 人", inService).replace("退休 3 人", retired);
      const reading = reworded(named);
      expect(reading.staff).toEqual(printed.staff);
      expect(reading.claims.filter((c) => c.section === "第一部分").map((c) => [c.subject, c.amount, c.change])).toEqual(
        printed.claims.filter((c) => c.section === "第一部分").map((c) => [c.subject, c.amount, c.change]),
      );
      expect(staffFindings(reading)).toEqual([]);
      const wrong = reworded(named.replace(inService, inService.replace("105", "106")));
      expect(staffFindings(wrong)).toEqual([expect.objectContaining({ severity: "error", claimed: "108", computed: "109" })]);
    },
  );

  it("reads a change in brackets after the count: “在职 105 人（比上年减少 3 人）”", () => {
    const bracketed = "编制数 41，实有人数 108 人，其中：在职 105 人（比上年减少 3 人），退休 3 人（比上年增加 1 人），离休 0 人（比上年增加 0 人）。";
    const reading = reworded(bracketed);
    expect(reading.staff).toEqual(printed.staff);
    expect(reading.claims.filter((c) => c.section === "第一部分").map((c) => [c.subject, c.amount, c.change])).toEqual([
      ["在职人员（人）", "105", "-3"],
      ["退休人员（人）", "3", "1"],
      ["离休人员（人）", "0", "0"],
    ]);
  });

  it("reads the posts stated as 编制总数", () => {
    expect(reworded(HEAD.replace("编制数 41", "编制总数 41 人")).staff.authorized).toBe(41);
    expect(reworded(HEAD.replace("编制数 41", "核定编制总数 41 名")).staff.authorized).toBe(41);
  });

  it("reads 在职在编 as in service", () => {
    expect(reworded(HEAD.replace("在职 105 人", "在职在编 105 人")).staff).toEqual(printed.staff);
  });

  it("checks 实有 against 在职 + 离退休 where retired staff are counted together", () => {
    const together = "编制数 41，实有人数 108 人，其中：在职 105 人，减少 3人；离退休 3 人，增加 1人。";
    const reading = reworded(together);
    expect(reading.staff).toMatchObject({ actual: 108, in_service: 105, retired_all: 3, retired_all_change: 1 });
    expect(reading.staff.retired).toBeUndefined();
    expect(staffFindings(reading)).toEqual([]);
    const wrong = reworded(together.replace("实有人数 108", "实有人数 110"));
    expect(staffFindings(wrong)).toEqual([
      expect.objectContaining({ severity: "error", claimed: "110", computed: "108", message: "第一部分：实有人数 110 人，在职 105 + 离退休 3 = 108 人" }),
    ]);
  });
});
