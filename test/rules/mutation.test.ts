/**
 * Mutation test: change one printed figure of a shared disclosure at random (a digit, the decimal
 * point, a swapped pair of digits), read and check the changed text, and require a new finding
 * that points at the changed cell or sentence. Figures that take part in no identity (the reading
 * does not change, or changes nowhere a rule looks) are not counted. Fixed seed: the same
 * mutations every run.
 */
import { readDisclosure } from "../../src/reader/read-disclosure";
import type { FundAllocation, Reading } from "../../src/reader/types";
import { checkReading } from "../../src/rules/check";
import { bareName } from "../../src/rules/labels";
import { summable } from "../../src/rules/project-allocation";
import type { Finding } from "../../src/rules/types";
import { disclosureNames, readDisclosureText } from "../shared-data";
import { seededRandom } from "../seeded-random";

const SEED = 20261122;
const MUTATIONS = 400;


interface Place {
  table?: string;
  code?: string;
  column?: string;
  section?: string;
  project?: string;
}

/** The same figure, however printed ("0.00" and "00.0" are both nothing). */
function sameFigure(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const x = Number(String(a).replace(/,/g, ""));
  const y = Number(String(b).replace(/,/g, ""));
  return Number.isFinite(x) && Number.isFinite(y) ? x === y : false;
}

/** Where two readings differ in value: table cells, claims, checkable subsidies, project budgets and allocations, staff. */
function differences(a: Reading, b: Reading): Place[] {
  const places: Place[] = [];
  for (const id of Object.keys(a.tables) as (keyof Reading["tables"])[]) {
    const x = a.tables[id] as Record<string, unknown> | undefined;
    const y = b.tables[id] as Record<string, unknown> | undefined;
    if (!x || !y) continue;
    for (const list of ["rows", "income", "expense"]) {
      const rowsA = (x[list] ?? []) as Record<string, string>[];
      const rowsB = (y[list] ?? []) as Record<string, string>[];
      for (let i = 0; i < Math.max(rowsA.length, rowsB.length); i++) {
        const r = rowsA[i] ?? {};
        const s = rowsB[i] ?? {};
        for (const key of new Set([...Object.keys(r), ...Object.keys(s)])) {
          if (!sameFigure(r[key], s[key]) && key !== "name" && key !== "label" && key !== "project") places.push({ table: id, code: r.code ?? r.key ?? s.code, column: key });
        }
      }
    }
    for (const total of ["total_row", "expense_total"]) {
      const printedAsOne = typeof x[total] === "string";
      const ta = (printedAsOne ? { total: x[total] } : x[total]) as Record<string, string> | undefined;
      const tb = (printedAsOne ? { total: y[total] } : y[total]) as Record<string, string> | undefined;
      for (const key of new Set([...Object.keys(ta ?? {}), ...Object.keys(tb ?? {})])) {
        if (!sameFigure(ta?.[key], tb?.[key])) places.push({ table: id, code: total === "expense_total" ? "支出总计" : "合计", column: key });
      }
    }
    if (!sameFigure(x.income_total as string, y.income_total as string)) places.push({ table: id, code: "收入总计", column: "income_total" });
  }
  a.claims.forEach((c, i) => {
    const d = b.claims[i];
    const same = d && sameFigure(c.amount, d.amount) && sameFigure(c.share_pct, d.share_pct) && sameFigure(c.change, d.change) && sameFigure(c.change_pct, d.change_pct);
    if (!same) places.push({ section: c.section });
  });
  a.subsidies.forEach((s, i) => {
    // A subsidy takes part in an identity only with its persons and amount stated.
    if (s.persons === null || s.persons === undefined || s.amount === undefined) return;
    const t = b.subsidies[i];
    if (!t || JSON.stringify(s) !== JSON.stringify(t)) places.push({ project: s.project });
  });
  // A project's budget takes part in an identity where 表7 lists the project (by name, or a name going on from it),
  // or its 资金分配情况 states a total or parts; the allocation with its total, and with its parts and rates
  // where it multiplies them all out.
  const projects = (((a.tables["7"] as { rows?: { project?: string }[] } | undefined)?.rows ?? []).map((r) => r.project).filter((p): p is string => p !== undefined)).map(bareName);
  const parts = (v: FundAllocation | undefined) => (v && summable(v) ? [...v.items, ...(v.yuan_items ?? []), ...(v.rates ?? []).flatMap((r) => [r.rate, r.count])] : []);
  (a.project_budgets ?? []).forEach((p, i) => {
    const q = b.project_budgets?.[i];
    const [x, y] = [p.allocation, q?.allocation];
    const [px, py] = [parts(x), parts(y)];
    const budgetCounts = projects.some((name) => name.startsWith(bareName(p.project))) || x?.total !== undefined || px.length > 0;
    const allocationChanged = !sameFigure(x?.total, y?.total) || px.length !== py.length || px.some((item, k) => !sameFigure(item, py[k]));
    if ((budgetCounts && !sameFigure(p.budget, q?.budget)) || allocationChanged) places.push({ project: p.project });
  });
  // A performance-target table's budget and funds (年度预算总额 = 财政拨款 + 其他资金 = 表7's), and the overall table's sources.
  (a.performance_targets ?? []).forEach((t, i) => {
    const u = b.performance_targets?.[i];
    if (!u || !sameFigure(t.budget, u.budget) || !sameFigure(t.fiscal, u.fiscal) || !sameFigure(t.other, u.other)) places.push({ project: t.project });
  });
  const [sa, sb] = [a.overall_target_table, b.overall_target_table];
  if (sa && (!sb || sa.sources.length !== sb.sources.length || sa.sources.some((s, i) => !sameFigure(s.amount, sb.sources[i].amount)))) places.push({ section: sa.section });
  if (JSON.stringify(a.staff) !== JSON.stringify(b.staff)) places.push({ section: "第一部分" });
  return places;
}

function pointsAt(f: Finding, place: Place): boolean {
  if (place.table) return f.table === place.table && (f.code === place.code || f.column === place.column || f.row === place.code);
  if (place.section) return f.section === place.section;
  // A project's finding names it as 表7 prints it, which may go on where the description stops.
  if (place.project) return f.row !== undefined && (f.row === place.project || bareName(f.row).startsWith(bareName(place.project)));
  return false;
}

const key = (f: Finding) => [f.rule, f.table, f.code, f.column, f.section, f.row, f.claimed, f.computed].join("|");

function mutate(text: string, next: () => number): { text: string; from: string; to: string } | undefined {
  const figures = [...text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+/g)];
  if (figures.length === 0) return undefined;
  const match = figures[Math.floor(next() * figures.length)];
  const from = match[0];
  const digits = [...from].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  const kind = Math.floor(next() * 3);
  let to = from;
  if (kind === 0 || (kind === 1 && !from.includes("."))) {
    const at = digits[Math.floor(next() * digits.length)];
    const digit = (Number(from[at]) + 1 + Math.floor(next() * 9)) % 10;
    to = from.slice(0, at) + String(digit) + from.slice(at + 1);
  } else if (kind === 1) {
    const plain = from.replace(/,/g, "");
    const dot = plain.indexOf(".");
    const shift = next() < 0.5 && dot > 1 ? -1 : 1;
    const without = plain.replace(".", "");
    const place = Math.min(Math.max(dot + shift, 1), without.length - 1);
    to = `${without.slice(0, place)}.${without.slice(place)}`;
  } else {
    const pairs = digits.filter((i, k) => k + 1 < digits.length && digits[k + 1] === i + 1 && from[i] !== from[i + 1]);
    if (pairs.length === 0) return undefined;
    const at = pairs[Math.floor(next() * pairs.length)];
    to = from.slice(0, at) + from[at + 1] + from[at] + from.slice(at + 2);
  }
  if (to === from) return undefined;
  return { text: text.slice(0, match.index!) + to + text.slice(match.index! + from.length), from, to };
}

describe("mutation test", () => {
  it(`finds ≥ 97% of ${MUTATIONS} single-figure changes at the changed cell or sentence`, () => {
    const next = seededRandom(SEED);
    const sources = disclosureNames().map((name) => {
      const text = readDisclosureText(name);
      const reading = readDisclosure(text);
      return { name, text, reading, findings: new Set(checkReading(reading).map(key)) };
    });
    let counted = 0;
    let detected = 0;
    const missed: string[] = [];
    for (let n = 0; n < MUTATIONS; n++) {
      const source = sources[n % sources.length];
      const mutation = mutate(source.text, next);
      if (!mutation) continue;
      const reading = readDisclosure(mutation.text);
      const places = differences(source.reading, reading);
      if (places.length === 0) continue;
      counted++;
      const fresh = checkReading(reading).filter((f) => !source.findings.has(key(f)));
      if (fresh.some((f) => places.some((p) => pointsAt(f, p)))) detected++;
      else missed.push(`${source.name}: ${mutation.from} → ${mutation.to} at ${JSON.stringify(places.slice(0, 2))}`);
    }
    const rate = detected / counted;
    console.log(`mutation test: ${detected}/${counted} figure changes found at their place (${(rate * 100).toFixed(1)}%)`);
    if (missed.length > 0) console.log(`missed:\n  ${missed.slice(0, 15).join("\n  ")}`);
    expect(counted).toBeGreaterThan(MUTATIONS / 2);
    expect(rate).toBeGreaterThanOrEqual(0.97);
  }, 300_000);
});
