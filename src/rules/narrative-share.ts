/**
 * narrative-share: every share (占 x%) equals amount ÷ the total it is of, to the printed decimals.
 * A share off by its last digit is rounding — in particular the one that makes the rounded shares of
 * a section add up to 100%.
 */
import { Decimal } from "../amount";
import type { Claim, Reading } from "../reader/types";
import { atCommonScale, decimalsOf, percentClearlyRoundsTo, sumOf } from "./difference";
import { tableAmountsFor } from "./narrative-amount";
import { narrativeUnit } from "./narrative-money";
import type { Finding, Rule } from "./types";
import { sectionName } from "./labels";

const meta = {
  id: "narrative-share",
  kind: "narrative",
  severity: "error",
  description: { zh: "说明中的占比等于金额除以基数", en: "a stated share equals amount ÷ base" },
} as const;

function sectionSumsTo100(claims: Claim[], claim: Claim): boolean {
  const group = claims.filter((c) => c.section === claim.section && c.share_of === claim.share_of && c.share_pct !== undefined);
  const total = sumOf(group.map((c) => c.share_pct));
  return group.length > 1 && total.eq(100);
}

/**
 * The total a share is of where the reading found none for the base it names (no amount of the
 * section, no known total fitting its shares): the one figure the tables give for that name
 * ("占当年一般公共预算支出的 69.37%": 表5 合计), or else the total the section's other shares are of.
 */
function shareOfNamedBase(reading: Reading, claim: Claim): string | undefined {
  if (claim.share_base === undefined) return undefined;
  const name = claim.share_base.replace(/^(?:本年|当年|全年)/, "").replace(/(?:总额|总计|合计)$/, "");
  const figures = tableAmountsFor(reading, { section: claim.section, subject: name, amount: claim.amount, text: claim.text });
  const [first] = figures;
  if (first !== undefined && figures.every((f) => f.eq(first))) return first.toFixed();
  const section = new Set(reading.claims.filter((c) => c.section === claim.section && c.share_base === undefined && c.share_of !== undefined).map((c) => c.share_of));
  return section.size === 1 ? [...section][0] : undefined;
}

/** The total a share is of: the one the reading found, or else the one its named base gives (see above). */
export function shareBaseOf(reading: Reading, claim: Claim): string | undefined {
  return claim.share_of ?? shareOfNamedBase(reading, claim);
}

export const narrativeShare: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    const money = narrativeUnit(reading);
    for (const claim of reading.claims) {
      if (claim.share_pct === undefined) continue;
      const shareOf = shareBaseOf(reading, claim);
      if (shareOf === undefined) continue;
      const places = Math.max(decimalsOf(claim.share_pct), 2);
      // Most shares are right: shown so without decimal.js where the quotient is clearly inside.
      const scaled = atCommonScale([claim.amount, shareOf]);
      if (scaled && percentClearlyRoundsTo(scaled[0], scaled[1], claim.share_pct, places)) continue;
      const base = new Decimal(shareOf);
      if (base.isZero()) continue;
      const printed = new Decimal(claim.share_pct);
      const exact = new Decimal(claim.amount).div(base).times(100);
      const rounded = exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
      if (rounded.eq(printed)) continue;
      const unit = new Decimal(10).pow(-places);
      const nearly = printed.minus(exact).abs().lte(unit);
      const balancing = nearly && claim.share_of !== undefined && sectionSumsTo100(reading.claims, claim);
      const named = claim.share_base !== undefined ? `（${claim.share_base}）` : "";
      findings.push({
        rule: meta.id,
        kind: meta.kind,
        severity: nearly ? "rounding" : "error",
        section: claim.section,
        row: claim.subject,
        claimed: claim.share_pct,
        computed: rounded.toFixed(places),
        message:
          `${sectionName(reading, claim.section)}：${claim.subject} ${claim.amount} ${money}占 ${claim.share_pct}%，按 ${claim.amount} ÷ ${shareOf}${named} 应为 ${rounded.toFixed(places)}%` +
          (balancing ? "（印出的占比使本节各项合计为 100%，属舍入调整）" : nearly ? "（末位舍入差异）" : ""),
        message_en: `${claim.subject}: share printed ${claim.share_pct}%, ${claim.amount} / ${shareOf}${claim.share_base !== undefined ? ` (${claim.share_base})` : ""} gives ${rounded.toFixed(places)}%`,
      });
    }
    return findings;
  },
};
