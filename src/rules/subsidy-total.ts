/**
 * subsidy-total: persons × standard × months = the stated amount (in 万元 = 元 ÷ 10,000, or in 元
 * where the narrative states its amounts so). When the months are not stated, the message says how
 * many were assumed.
 */
import { Decimal, roundingTolerance } from "../amount";
import { subsidy as subsidyAmount } from "../analytics";
import type { Reading } from "../reader/types";
import { narrativePlaces, narrativeUnit } from "./narrative-money";
import type { Finding, Rule } from "./types";

const meta = {
  id: "subsidy-total",
  kind: "subsidy",
  severity: "error",
  description: { zh: "补助人数 × 标准 × 月数等于补助金额", en: "persons × standard × months equals the subsidy amount" },
} as const;

export const subsidyTotal: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    // The amounts are the narrative's: in 万元, or in 元 where it states them so.
    const unit = narrativeUnit(reading);
    const inUnit = (persons: Decimal, standard: Decimal, months: number) => subsidyAmount(persons, standard, new Decimal(months), unit);
    for (const subsidy of reading.subsidies) {
      if (subsidy.amount === undefined || subsidy.persons === null || subsidy.persons === undefined || !subsidy.months) continue;
      const printed = new Decimal(subsidy.amount);
      const persons = new Decimal(subsidy.persons);
      const standard = new Decimal(subsidy.standard_yuan);
      // A standard per year is paid once: no months to multiply by, and none to try instead.
      const perYear = subsidy.per === "人/年";
      const perMonth = perYear ? 1 : subsidy.months;
      const places = narrativePlaces(reading, [subsidy.amount]);
      const tolerance = roundingTolerance(1, places);
      const computed = inUnit(persons, standard, perMonth);
      const rounded = computed.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
      const difference = printed.minus(computed).abs();
      if (difference.lte(tolerance)) continue;
      const assumption = perYear ? "" : subsidy.months_stated ? ` × ${subsidy.months} 个月` : ` × 未写明月数，按 ${subsidy.months} 个月计`;
      const fits = perYear
        ? []
        : [...Array(24).keys()].map((m) => m + 1).filter((m) => inUnit(persons, standard, m).minus(printed).abs().lte(tolerance));
      const why = perYear ? "" : fits.length > 0 ? `（按 ${fits.join("、")} 个月计则相符）` : "（任何整月数都算不出印出的金额）";
      findings.push({
        rule: meta.id,
        kind: meta.kind,
        severity: "error",
        row: subsidy.project,
        claimed: subsidy.amount,
        computed: rounded.toFixed(places),
        message:
          `${subsidy.project}：${subsidy.persons} 人 × ${subsidy.standard_yuan} 元/${subsidy.per.replace(/^人\/?/, "") || "人"}${assumption} = ${rounded.toFixed(places)} ${unit}，印 ${subsidy.amount} ${unit}，相差 ${printed.minus(computed).toDecimalPlaces(places + 2).toFixed()} ${unit}${why}`,
        message_en: `${subsidy.project}: ${subsidy.persons} × ${subsidy.standard_yuan} 元${perYear ? " a year" : ` × ${subsidy.months} months`} = ${rounded.toFixed(places)} ${unit}, printed ${subsidy.amount}`,
      });
    }
    return findings;
  },
};
