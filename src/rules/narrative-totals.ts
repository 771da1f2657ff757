/**
 * narrative-totals: what the narrative's parts imply must agree.
 * - Last year's income (Σ amount − change over the income sources of section 二) equals last
 *   year's expense (Σ over 基本/项目支出 of section 三).
 * - The changes of the items (项) of section 五 add up to the change of its 基本 + 项目 支出.
 * - A section on 政府性基金 or 国有资本经营 spending (it opens with the fund's total): its total = Σ
 *   the items (项) it lists, in amounts and in changes.
 * - The “三公” sentences: 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费 = the “三公” total, and
 *   购置费 + 运行费 = 公务用车购置及运行费, in amounts and in changes ("比上年减少 4.80 万元，其中：…").
 */
import { Decimal } from "../amount";
import { plainSubject } from "../reader/narrative";
import { threePublicKeyOfSubject } from "../reader/table-specs";
import type { Claim, Reading } from "../reader/types";
import { compareFigures, sumOf, sumsExactly } from "./difference";
import { narrativePlaces } from "./narrative-money";
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
const threePublicPart = (claim: Claim) => threePublicKeyOfSubject(plainSubject(claim.subject));

/**
 * Each “三公” total the narrative states, with the parts stated right after it in the same
 * section (the first claim of each part; the group ends at the first claim that is no part).
 */
function threePublicGroups(claims: Claim[]): { total: Claim; parts: Map<string, Claim> }[] {
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

export const narrativeTotals: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: (Finding | undefined)[] = [];
    const claims = reading.claims.filter((c) => c.section !== "第一部分");
    // 二: income sources (claims with a share of the total); 三: 基本/项目支出.
    const income = withChange(claims.filter((c) => top(c.section) === "二" && c.share_pct !== undefined));
    const expense = withChange(claims.filter((c) => top(c.section) === "三" && /^(基本支出|项目支出)$/.test(c.subject)));
    if (income.length >= 2 && expense.length === 2) {
      findings.push(
        compare({
          where: "二 与 三 推算的上年数",
          section: "三",
          claimed: previous(expense),
          computed: previous(income),
          terms: 2 * (income.length + expense.length),
          places: narrativePlaces(reading, printedFigures([...income, ...expense])),
          message: `${sectionName(reading, "三")}（基本支出 + 项目支出）推算的上年支出与 二（各收入来源）推算的上年收入应相等`,
          en: "last year's expense implied by 三 differs from last year's income implied by 二",
        }),
      );
    }
    // 五: Σ item changes = Σ 基本 + 项目 changes.
    const five = claims.filter((c) => top(c.section) === "五");
    const base = withChange(five.filter((c) => /(^|拨款)(基本支出|项目支出)$/.test(c.subject)));
    const items = withChange(five.filter((c) => /[（(]项[）)]$/.test(c.subject)));
    if (base.length === 2 && items.length >= 2) {
      findings.push(
        compare({
          where: "五 各项增减额之和",
          section: items[0].section,
          claimed: changes(base),
          computed: changes(items),
          terms: base.length + items.length,
          places: narrativePlaces(reading, [...base, ...items].map((c) => c.change)),
          message: `${sectionName(reading, "五")} 基本支出与项目支出的增减额之和应等于各项（项级科目）增减额之和`,
          en: "the changes of 基本 + 项目支出 differ from the sum of the items' changes",
        }),
      );
    }
    // 政府性基金 / 国有资本经营: the fund's total in its own section = Σ the items listed there.
    const bySection = new Map<string, Claim[]>();
    for (const claim of claims) {
      const section = top(claim.section);
      const list = bySection.get(section);
      if (list) list.push(claim);
      else bySection.set(section, [claim]);
    }
    for (const here of bySection.values()) {
      // A section on the fund opens with its total (a section that opens otherwise, an overview
      // that names the fund among other totals, lists other items).
      const total = here[0];
      if (!((total.subject.includes("政府性基金") || total.subject.includes("国有资本经营")) && FUND_TOTAL.test(plainSubject(total.subject)))) continue;
      // Each item once (a disclosure may state an item's amount and its change in two sentences).
      const items = firstOfEach(here.filter((c) => /[（(]项[）)]/.test(c.subject)));
      if (items.length > 0) {
        const fund = plainSubject(total.subject);
        findings.push(...partsAddUp(reading, total, fund, items, ["其下所列项级科目之和"]));
      }
    }
    // “三公”: the parts add up to the total, and the vehicle costs to their two parts.
    for (const { total, parts } of threePublicGroups(claims)) {
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
