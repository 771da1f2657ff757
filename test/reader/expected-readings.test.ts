/**
 * The reader against the hand-checked readings in ../shared/expected: every table cell, every
 * table status, every claim and subsidy. Differences are printed, field by field.
 *
 * Where the expected files are not consistent with each other (documented in the closing notes),
 * the test states the rule it applies instead: an empty table's total_row may be {} or absent;
 * claim subjects are the reviewer's own labels and are not compared; a claim's section is compared
 * by its top-level number.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import type { Reading } from "../../src/reader/types";
import { TABLE_IDS } from "../../src/reader/types";
import { expectedNames, readDisclosureText, readExpected } from "../shared-data";

type Json = Record<string, unknown>;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function compareRows(label: string, got: Json[] = [], expected: Json[] = []): string[] {
  const diffs: string[] = [];
  if (got.length !== expected.length) diffs.push(`${label}: ${got.length} rows read, ${expected.length} expected`);
  for (let i = 0; i < Math.max(got.length, expected.length); i++) {
    const g = got[i] ?? {};
    const e = expected[i] ?? {};
    for (const key of new Set([...Object.keys(g), ...Object.keys(e)])) {
      if (!sameValue(g[key], e[key])) diffs.push(`${label}[${i}] ${String(e.code ?? e.key ?? e.name ?? "")} .${key}: read ${JSON.stringify(g[key])}, expected ${JSON.stringify(e[key])}`);
    }
  }
  return diffs;
}

function compareTable(id: string, got: Json | undefined, expected: Json): string[] {
  if (!got) return [`表${id}: not in the reading`];
  const diffs: string[] = [];
  if (got.status !== expected.status) diffs.push(`表${id}.status: read ${String(got.status)}, expected ${String(expected.status)}`);
  for (const key of ["rows", "income", "expense"]) {
    if (key in expected || key in got) diffs.push(...compareRows(`表${id}.${key}`, got[key] as Json[], expected[key] as Json[]));
  }
  for (const key of ["income_total", "expense_total", "columns"]) {
    if (key in expected && !sameValue(got[key], expected[key])) diffs.push(`表${id}.${key}: read ${JSON.stringify(got[key])}, expected ${JSON.stringify(expected[key])}`);
  }
  const emptyish = (v: unknown) => v === undefined || (typeof v === "object" && v !== null && Object.keys(v).length === 0);
  if (!(emptyish(got.total_row) && emptyish(expected.total_row)) && !sameValue(got.total_row, expected.total_row)) {
    diffs.push(`表${id}.total_row: read ${JSON.stringify(got.total_row)}, expected ${JSON.stringify(expected.total_row)}`);
  }
  if (expected.note !== undefined && got.note !== expected.note) diffs.push(`表${id}.note: read ${JSON.stringify(got.note)}, expected ${JSON.stringify(expected.note)}`);
  return diffs;
}

const topSection = (section: string) => section.split(/[\s(（]/)[0];
const claimKey = (c: Json) =>
  [topSection(String(c.section)), c.amount, c.share_pct ?? "", c.change ?? "", c.change_pct ?? ""].map(String).join(" | ");

describe.each(expectedNames())("%s", (name) => {
  const expected = readExpected(name);
  const reading: Reading = readDisclosure(readDisclosureText(name), `disclosures/${name}.txt`);
  const got = reading as unknown as Json;

  it("reads the unit, year, money unit, kind, subunits and staff", () => {
    const diffs = ["unit", "year", "money_unit", "kind", "subunits", "staff"]
      .filter((key) => !sameValue(got[key], expected[key]))
      .map((key) => `${key}: read ${JSON.stringify(got[key])}, expected ${JSON.stringify(expected[key])}`);
    expect(diffs).toEqual([]);
  });

  it.each(TABLE_IDS.filter((id) => id in expected.tables))("reads 表%s cell by cell", (id) => {
    const tables = got.tables as Record<string, Json>;
    expect(compareTable(id, tables[id], expected.tables[id])).toEqual([]);
  });

  it("reports no table that the expected reading does not have", () => {
    expect(Object.keys(reading.tables).sort()).toEqual(Object.keys(expected.tables).sort());
  });

  it("finds every claim with its printed amount, share and change", () => {
    const read = reading.claims.map((c) => claimKey(c as unknown as Json));
    const missing: string[] = [];
    const unmatched = [...read];
    for (const claim of expected.claims as Json[]) {
      const at = unmatched.indexOf(claimKey(claim));
      if (at < 0) missing.push(`${claimKey(claim)}   «${String(claim.text).slice(0, 60)}»`);
      else unmatched.splice(at, 1);
    }
    expect(missing).toEqual([]);
    // Beyond the expected claims, only staff sentences (第一部分), which some expected files list
    // and others leave out, may be read.
    const extra = unmatched.filter((key) => !key.startsWith("第一部分"));
    expect(extra).toEqual([]);
  });

  it("gives each share the total it is a share of", () => {
    const diffs: string[] = [];
    for (const claim of (expected.claims as Json[]).filter((c) => c.share_of !== undefined)) {
      const found = reading.claims.find((c) => claimKey(c as unknown as Json) === claimKey(claim));
      if (found?.share_of !== claim.share_of) diffs.push(`${claimKey(claim)}: share_of read ${found?.share_of}, expected ${String(claim.share_of)}`);
    }
    expect(diffs).toEqual([]);
  });

  it("finds every per-person subsidy", () => {
    const fields = ["project", "persons", "standard_yuan", "per", "months", "months_stated", "amount"];
    const diffs = compareRows(
      "subsidies",
      reading.subsidies.map((s) => Object.fromEntries(fields.map((f) => [f, (s as unknown as Json)[f]]))),
      (expected.subsidies as Json[]).map((s) => Object.fromEntries(fields.map((f) => [f, s[f]]))),
    );
    expect(diffs).toEqual([]);
  });
});
