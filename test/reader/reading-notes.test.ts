/**
 * The reading's notes (how a table was read, what could not be) are read by reviewers in the
 * sheets and the report: each names its place as the findings do ("表2 合计：…", "表2 22102 [合计]：…"),
 * with the table's own column names, never the reading's keys.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import { disclosureNames, readDisclosureText } from "../shared-data";

const notesOf = (text: string) => Object.values(readDisclosure(text).tables).flatMap((t) => t?.notes ?? []);

describe("the reading's notes", () => {
  const all = disclosureNames().flatMap((name) => notesOf(readDisclosureText(name)).map((note) => ({ name, note })));

  it("are made on the shared texts (a text with defects has many)", () => {
    expect(all.filter(({ name }) => name === "korla-etdz-social-affairs-2024").length).toBeGreaterThan(10);
  });

  it("end their place with a full-width colon in the Chinese half, as the findings do", () => {
    const chinese = (note: string) => note.split(" / ")[0];
    expect(all.filter(({ note }) => /: /.test(chinese(note)))).toEqual([]);
    expect(all.filter(({ note }) => /下级行|本行合计/.test(note)).every(({ note }) => /^表\d+ [^：]+：/.test(note))).toBe(true);
  });

  it("name a misprinted cell's column as the table prints it", () => {
    const etdz = readDisclosureText("korla-etdz-social-affairs-2024");
    const notes = notesOf(etdz.replace("住房改革支出\t104.33\t104.33", "住房改革支出\t104.33\t1O4.33"));
    const misprint = notes.filter((note) => note.includes("1O4.33"));
    expect(misprint).toHaveLength(1);
    expect(misprint[0]).toMatch(/^表2 22102 \[财政拨款小计\]：/);
    expect(misprint[0]).not.toMatch(/\[[a-z_]+\]/);
  });
});
