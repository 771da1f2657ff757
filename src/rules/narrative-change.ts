/**
 * narrative-change: every 增长/下降 % equals change ÷ (amount − change); the change % has the sign of
 * the change. "增长 100%" for a new item (last year 0) is the convention, not an error. Where the
 * sentence states last year's figure instead of the change ("2023年当年预算执行数为 60.13 万元，2024年
 * 预算安排 25.77 万元，比2023年预算执行数减少 57.14%"), the change is this year's amount less it, and
 * a change printed beside it ("…持平") must be that.
 */
import { Decimal, type MoneyUnit } from "../amount";
import type { Claim, Reading } from "../reader/types";
import { atCommonScale, decimalsOf, percentClearlyRoundsTo } from "./difference";
import { tableAmountsFor } from "./narrative-amount";
import { narrativePlaces, narrativeUnit } from "./narrative-money";
import type { Finding, Rule } from "./types";
import { sectionName } from "./labels";

const meta = {
  id: "narrative-change",
  kind: "narrative",
  severity: "error",
  description: { zh: "说明中的增减百分比等于增减额除以上年数", en: "a stated change % equals change ÷ last year" },
} as const;

export const narrativeChange: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    const unit = narrativeUnit(reading);
    for (const claim of reading.claims) {
      if (claim.section === "第一部分") continue;
      // Last year's figure, where the sentence states it ("2023年当年预算执行数为 60.13 万元"): the
      // change is this year's amount less it, and a change printed beside it must be that.
      const lastYearFinding =
        claim.last_year !== undefined && claim.change !== undefined && !changeFitsTable(reading, claim) ? changeAgainstLastYear(claim, unit, sectionName(reading, claim.section)) : undefined;
      if (lastYearFinding) findings.push(lastYearFinding);
      const change = claim.change ?? (claim.last_year !== undefined ? new Decimal(claim.amount).minus(claim.last_year).toFixed() : undefined);
      if (change === undefined || claim.change_pct === undefined) continue;
      // A rate that fits last year's figure, beside a change that does not: the change is what is wrong (reported above).
      if (lastYearFinding && !changePercent({ ...claim, change: lastYearFinding.computed }, lastYearFinding.computed!, unit, "")) continue;
      const finding = changePercent(claim, change, unit, sectionName(reading, claim.section));
      // A rate that fits the table's amount, not the one printed (with the change printed, or last
      // year's figure stated): the amount is what is wrong (narrative-amount reports it), not the rate.
      if (finding && rateFitsTable(reading, claim)) continue;
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

/** The change % against the change (printed, or this year's amount less last year's where only that is stated). */
function changePercent(claim: Claim, changeText: string, unit: MoneyUnit, where: string): Finding | undefined {
  const printedPct = claim.change_pct!;
  const places = Math.max(decimalsOf(printedPct), 2);
  // Most changes are right: with the figures as exact integers, a percentage clearly inside the
  // printed figure's rounding interval passes without decimal.js (same sign, last year not 0).
  const scaled = atCommonScale([claim.amount, changeText]);
  if (scaled) {
    const [now, change] = scaled;
    const percent = Number(printedPct);
    const signsClash = change !== 0 && percent !== 0 && change < 0 !== percent < 0;
    if (!signsClash && now - change !== 0 && percentClearlyRoundsTo(change, now - change, printedPct, places)) return undefined;
  }
  const amount = new Decimal(claim.amount);
  const change = new Decimal(changeText);
  const printed = new Decimal(printedPct);
  const previous = amount.minus(change);
  // How the change is known: printed, or from last year's figure the sentence states.
  const changeStated = claim.change !== undefined;
  const changeSaid = changeStated ? `比上年增减 ${claim.change} ${unit}` : `上年 ${claim.last_year} ${unit}，增减 ${changeText} ${unit}`;
  const base = { rule: meta.id, kind: meta.kind, section: claim.section, row: claim.subject, claimed: printedPct } as const;
  if (!change.isZero() && !printed.isZero() && change.isNegative() !== printed.isNegative()) {
    return {
      ...base,
      severity: "warning",
      computed: printed.neg().toFixed(places),
      message: changeStated
        ? `${where}：${claim.subject} 增减额 ${claim.change} 与增减百分比 ${printedPct}% 方向相反（增加/减少、增长/下降用词不一致）`
        : `${where}：${claim.subject} ${claim.amount} ${unit}，${changeSaid}，与增减百分比 ${printedPct}% 方向相反（增加/减少、增长/下降用词不一致）`,
      message_en: `${claim.subject}: the change and the change % point in opposite directions`,
    };
  }
  if (previous.isZero()) {
    if (change.isZero()) {
      // Nothing last year, nothing this year: no change at all.
      if (printed.isZero()) return undefined;
      return { ...base, severity: "error", computed: "0", message: `${where}：${claim.subject} 本年与上年均为 0，增减百分比应为 0，印 ${printedPct}%`, message_en: `${claim.subject}: nothing changed, yet ${printedPct}% is printed` };
    }
    // A new item: disclosures write "增长 100%".
    if (printed.abs().eq(100)) return undefined;
    return { ...base, severity: "warning", computed: "100", message: `${where}：${claim.subject} 上年为 0（新增），惯例写“增长 100%”，印 ${printedPct}%`, message_en: `${claim.subject}: a new item is conventionally "增长 100%"` };
  }
  const exact = change.div(previous).times(100);
  const rounded = exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  if (rounded.eq(printed)) return undefined;
  const nearly = printed.minus(exact).abs().lte(new Decimal(10).pow(-places));
  return {
    ...base,
    severity: nearly ? "rounding" : "error",
    computed: rounded.toFixed(places),
    message:
      `${where}：${claim.subject} ${claim.amount} ${unit}，${changeSaid}，` +
      `${changeText} ÷ ${previous.toFixed()} = ${exact.toDecimalPlaces(4).toFixed()}%，应为 ${rounded.toFixed(places)}%，印 ${printedPct}%` +
      (nearly ? "（末位舍入差异）" : ""),
    message_en: `${claim.subject}: change % printed ${printedPct}, ${changeText} / ${previous.toFixed()} gives ${rounded.toFixed(places)}`,
  };
}

/**
 * The printed rate is (the table's amount − last year's) ÷ last year's, to its places; last year's
 * being the table's amount less the change printed, or the figure the sentence states.
 */
function rateFitsTable(reading: Reading, claim: Claim): boolean {
  const places = Math.max(decimalsOf(claim.change_pct!), 2);
  const amountPlaces = narrativePlaces(reading, [claim.amount, claim.last_year, claim.change]);
  return tableAmountsFor(reading, claim).some((figure) => {
    const amount = figure.toDecimalPlaces(amountPlaces, Decimal.ROUND_HALF_UP);
    const lastYear = claim.change !== undefined ? amount.minus(claim.change) : new Decimal(claim.last_year!);
    if (lastYear.isZero()) return false;
    return amount.minus(lastYear).div(lastYear).times(100).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).eq(claim.change_pct!);
  });
}

/** The printed change is the table's amount less last year's stated figure: the amount is what is wrong (narrative-amount reports it). */
function changeFitsTable(reading: Reading, claim: Claim): boolean {
  const amountPlaces = narrativePlaces(reading, [claim.amount, claim.last_year, claim.change]);
  return tableAmountsFor(reading, claim).some((figure) => figure.toDecimalPlaces(amountPlaces, Decimal.ROUND_HALF_UP).minus(claim.last_year!).eq(claim.change!));
}

/** A change printed beside last year's figure ("执行数为 10.00 万元 … 预算安排 10.00 万元，比执行数持平") is this year's amount less it. */
function changeAgainstLastYear(claim: Claim, unit: MoneyUnit, where: string): Finding | undefined {
  const computed = new Decimal(claim.amount).minus(claim.last_year!);
  if (computed.eq(claim.change!)) return undefined;
  const said = new Decimal(claim.change!).isZero() ? "持平（增减 0）" : `增减 ${claim.change} ${unit}`;
  return {
    rule: meta.id,
    kind: meta.kind,
    severity: "error",
    section: claim.section,
    row: claim.subject,
    claimed: claim.change,
    computed: computed.toFixed(),
    message: `${where}：${claim.subject} ${claim.amount} ${unit}，说上年为 ${claim.last_year} ${unit}，增减应为 ${computed.toFixed()} ${unit}，却写${said}`,
    message_en: `${claim.subject}: ${claim.amount} against last year's ${claim.last_year} is a change of ${computed.toFixed()}, not ${claim.change}`,
  };
}
