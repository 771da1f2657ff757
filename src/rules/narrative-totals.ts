/**
 * narrative-totals: what the narrative's parts imply must agree.
 * - Last year's income (Σ amount − change over the income sources) equals last year's expense
 *   (Σ over 基本/项目支出), where the narrative states both as shares of the same total (二 and 三
 *   in the usual template).
 * - The changes of the items (项) a section lists add up to the change of its 基本 + 项目 支出 (五 in
 *   the usual template: the 一般公共预算 spending).
 * - A section on 政府性基金 or 国有资本经营 spending (it opens with the fund's total): its total = Σ
 *   the items (项) it lists, in amounts and in changes.
 * - The “三公” sentences: 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费 = the “三公” total, and
 *   购置费 + 运行费 = 公务用车购置及运行费, in amounts and in changes ("比上年减少 4.80 万元，其中：…").
 * The sections are found by what they state, not by their numbers: templates number them differently.
 */
import { Decimal } from "../amount";
import { plainSubject } from "../reader/narrative-claims";
import { threePublicKeyOfSubject } from "../reader/table-specs";
import type { Claim, Reading, StatedAmount } from "../reader/types";
import { compareFigures, sumOf, sumsExactly } from "./difference";
import { narrativePlaces } from "./narrative-money";
import { namesItem } from "../reader/subject-levels";
import type { Finding, Rule } from "./types";
import { sectionName } from "./labels";

const meta = {
  id: "narrative-totals",
  kind: "narrative",
  severity: "error",
  description: { zh: "说明各部分推算出的上年数、增减额与分项之和相互一致", en: "the prior-year totals, changes and sums of parts the narrative states agree" },
} as const;

const top = (section: string) => section.split(/[(（]/)[0];
const withChange = (claims: Claim[]) => claims.filter((c) => c.change !== undefined);
const previous = (claims: Claim[]) => claims.reduce((s, c) => s.plus(c.amount).minus(c.change!), new Decimal(0));
const changes = (claims: Claim[]) => sumOf(claims.map((c) => c.change));

/**
 * The figures compared, with the decimals the narrative prints them to (two in 万元): `claimed`
 * (worked out from some of its figures) against `computed` (from others), `terms` rounded figures in all.
 */
interface NarrativeComparison {
  where: string;
  section: string;
  claimed: Decimal;
  computed: Decimal;
  terms: number;
  places: number;
  message: string;
  en: string;
}

function compare({ where, section, claimed, computed, terms, places, message, en }: NarrativeComparison): Finding | undefined {
  const { severity, difference } = compareFigures(claimed, computed, terms, places);
  if (!severity) return undefined;
  const rounding = severity === "rounding";
  return {
    rule: meta.id,
    kind: meta.kind,
    severity,
    section,
    row: where,
    claimed: claimed.toFixed(places),
    computed: computed.toFixed(places),
    message: `${message}：${claimed.toFixed(places)} 与 ${computed.toFixed(places)}，相差 ${difference.toFixed(places)}${rounding ? `（在 ${terms} 个舍入数的误差以内）` : ""}`,
    message_en: en,
  };
}

/** The amounts and changes of claims as printed: the decimals they are compared at come from them. */
const printedFigures = (claims: Claim[]) => claims.flatMap((c) => [c.amount, c.change]);

/** The first claim about each subject. */
function firstOfEach(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const subject = plainSubject(c.subject);
    if (seen.has(subject)) return false;
    seen.add(subject);
    return true;
  });
}

/** A fund's total, not one of its items: "国有资本经营预算拨款", "政府性基金支出预算支出". */
const FUND_TOTAL = /^(政府性基金|国有资本经营)(?!.*[（(][类款项][）)])/;

/** A “三公” claim's part: the 表10 row its subject names (as narrative-amount reads it). */
const threePublicPart = (claim: Claim | StatedAmount) => threePublicKeyOfSubject(plainSubject(claim.subject));

/**
 * Each “三公” total the narrative states, with the parts stated right after it in the same
 * section (the first claim of each part; the group ends at the first claim that is no part).
 * A part stated with no change ("其中：因公出国（境）费 0 万元", a stated amount, not a claim) is
 * taken from the same section where the section states that part's amount once.
 */
function threePublicGroups(claims: Claim[], stated: StatedAmount[]): { total: Claim; parts: Map<string, Claim> }[] {
  const groups: { total: Claim; parts: Map<string, Claim> }[] = [];
  for (let i = 0; i < claims.length; i++) {
    if (!claims[i].subject.includes("三公") || threePublicPart(claims[i]) !== "total") continue;
    const total = claims[i];
    const parts = new Map<string, Claim>();
    for (let j = i + 1; j < claims.length && top(claims[j].section) === top(total.section); j++) {
      const part = threePublicPart(claims[j]);
      if (!part || part === "total") break;
      if (!parts.has(part)) parts.set(part, claims[j]);
      i = j;
    }
    const statedParts = new Map<string, StatedAmount[]>();
    for (const amount of stated) {
      if (top(amount.section) !== top(total.section)) continue;
      const part = threePublicPart(amount);
      if (!part || part === "total" || parts.has(part)) continue;
      statedParts.set(part, [...(statedParts.get(part) ?? []), amount]);
    }
    for (const [part, amounts] of statedParts) if (amounts.every((a) => a.amount === amounts[0].amount)) parts.set(part, amounts[0]);
    groups.push({ total, parts });
  }
  return groups;
}

/** whole = Σ parts, in amounts and in changes, where every part states the figure. */
function partsAddUp(reading: Reading, whole: Claim, wholeName: string, parts: Claim[], partNames: string[]): (Finding | undefined)[] {
  const findings: (Finding | undefined)[] = [];
  for (const field of ["amount", "change"] as const) {
    if (whole[field] === undefined || parts.some((p) => p[field] === undefined)) continue;
    if (sumsExactly(whole[field], parts.map((p) => p[field]))) continue;
    const what = field === "amount" ? "金额" : "比上年增减额";
    findings.push(
      compare({
        where: `${wholeName} ${field === "amount" ? "各项之和" : "各项增减额之和"}`,
        section: whole.section,
        claimed: new Decimal(whole[field]!),
        computed: sumOf(parts.map((p) => p[field])),
        terms: parts.length + 1,
        places: narrativePlaces(reading, [whole[field], ...parts.map((p) => p[field])]),
        message: `${sectionName(reading, whole.section)}：${wholeName}的${what}应等于${partNames.join(" + ")}`,
        en: `the ${field === "amount" ? "amount" : "change"} of ${wholeName} differs from the sum of its parts`,
      }),
    );
  }
  return findings;
}

/** The claims of each top-level section (五(一) and 五(三) are both 五), in order. */
function byTopSection(claims: Claim[]): Map<string, Claim[]> {
  const sections = new Map<string, Claim[]>();
  for (const claim of claims) {
    const section = top(claim.section);
    const list = sections.get(section);
    if (list) list.push(claim);
    else sections.set(section, [claim]);
  }
  return sections;
}

/** 基本支出 or 项目支出, also as "一般公共预算拨款基本支出". */
const BASE_OR_PROJECT = /(^|拨款)(基本支出|项目支出)$/;
/** A subject with its classification level: an item of a list, not a source of income. */
const CLASSIFIED = /[（(][类款项][）)]/;

/** Exactly one 基本支出 and one 项目支出. */
const isBasicAndProject = (claims: Claim[]) =>
  claims.length === 2 && claims.some((c) => c.subject.endsWith("基本支出")) && claims.some((c) => c.subject.endsWith("项目支出"));

/**
 * The overall statements: a section that splits the total spending into 基本支出 and 项目支出, each
 * with its share of the total and its change, and the section that states the income sources as
 * shares of the same total, with their changes (二 and 三 in the usual template). The 一般公共预算
 * section's 基本/项目支出 state no share of the total, so they are not taken for these.
 */
function overallStatements(claims: Claim[]): { income: Claim[]; expense: Claim[] } | undefined {
  const shared = withChange(claims.filter((c) => c.share_pct !== undefined));
  for (const [section, here] of byTopSection(shared)) {
    const expense = here.filter((c) => /^(基本支出|项目支出)$/.test(c.subject));
    if (!isBasicAndProject(expense) || expense[0].share_of !== expense[1].share_of) continue;
    const sources = shared.filter((c) => top(c.section) !== section && c.share_of === expense[0].share_of && !BASE_OR_PROJECT.test(c.subject) && !CLASSIFIED.test(c.subject));
    // The sources are stated together, in one section: the one that states the most.
    let income: Claim[] = [];
    for (const list of byTopSection(sources).values()) if (list.length > income.length) income = list;
    if (income.length >= 2) return { income, expense };
  }
  return undefined;
}

export const narrativeTotals: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: (Finding | undefined)[] = [];
    const claims = reading.claims.filter((c) => c.section !== "第一部分");
    const sections = byTopSection(claims);
    const overall = overallStatements(claims);
    if (overall) {
      const { income, expense } = overall;
      const incomeSection = top(income[0].section);
      const expenseSection = top(expense[0].section);
      findings.push(
        compare({
          where: `${incomeSection} 与 ${expenseSection} 推算的上年数`,
          section: expenseSection,
          claimed: previous(expense),
          computed: previous(income),
          terms: 2 * (income.length + expense.length),
          places: narrativePlaces(reading, printedFigures([...income, ...expense])),
          message: `${sectionName(reading, expenseSection)}（基本支出 + 项目支出）推算的上年支出与 ${incomeSection}（各收入来源）推算的上年收入应相等`,
          en: `last year's expense implied by ${expenseSection} differs from last year's income implied by ${incomeSection}`,
        }),
      );
    }
    // Σ item changes = Σ 基本 + 项目 changes, in each section that lists both.
    for (const [section, here] of sections) {
      const base = withChange(here.filter((c) => BASE_OR_PROJECT.test(c.subject)));
      const items = withChange(here.filter((c) => namesItem(plainSubject(c.subject))));
      if (!isBasicAndProject(base) || items.length < 2) continue;
      findings.push(
        compare({
          where: `${section} 各项增减额之和`,
          section: items[0].section,
          claimed: changes(base),
          computed: changes(items),
          terms: base.length + items.length,
          places: narrativePlaces(reading, [...base, ...items].map((c) => c.change)),
          message: `${sectionName(reading, section)} 基本支出与项目支出的增减额之和应等于各项（项级科目）增减额之和`,
          en: "the changes of 基本 + 项目支出 differ from the sum of the items' changes",
        }),
      );
    }
    // 政府性基金 / 国有资本经营: the fund's total in its own section = Σ the items listed there.
    for (const here of sections.values()) {
      // A section on the fund opens with its total (a section that opens otherwise, an overview
      // that names the fund among other totals, lists other items).
      const total = here[0];
      if (!((total.subject.includes("政府性基金") || total.subject.includes("国有资本经营")) && FUND_TOTAL.test(plainSubject(total.subject)))) continue;
      // Each item once (a disclosure may state an item's amount and its change in two sentences).
      const items = firstOfEach(here.filter((c) => namesItem(plainSubject(c.subject))));
      if (items.length > 0) {
        const fund = plainSubject(total.subject);
        findings.push(...partsAddUp(reading, total, fund, items, ["其下所列项级科目之和"]));
      }
    }
    // “三公”: the parts add up to the total, and the vehicle costs to their two parts.
    for (const { total, parts } of threePublicGroups(claims, reading.stated_amounts ?? [])) {
      const purchase = parts.get("vehicle_purchase");
      const running = parts.get("vehicle_operation");
      const vehicles = parts.get("vehicles");
      const abroad = parts.get("outbound");
      const reception = parts.get("reception");
      // The parts are named as the narrative names them.
      const named = (list: Claim[]) => list.map((c) => plainSubject(c.subject));
      if (vehicles && purchase && running) {
        findings.push(...partsAddUp(reading, vehicles, plainSubject(vehicles.subject), [purchase, running], named([purchase, running])));
      }
      const vehicleParts = vehicles ? [vehicles] : purchase && running ? [purchase, running] : undefined;
      if (abroad && reception && vehicleParts) {
        const all = [abroad, ...vehicleParts, reception];
        findings.push(...partsAddUp(reading, total, "“三公”经费", all, named(all)));
      }
    }
    return findings.filter((f): f is Finding => f !== undefined);
  },
};
