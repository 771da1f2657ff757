/**
 * narrative-lists: lists the narrative states add up — government procurement (货物 + 工程 + 服务 =
 * the total; the 中小企业 reserve within the total, the 小微企业 share within that), 上年结转结余 =
 * the 财政拨款 and 非财政拨款 listed after it — and a table the
 * narrative calls empty (空表) has no figures.
 */
import { Decimal } from "../amount";
import type { Reading } from "../reader/types";
import { compareFigures, sumOf } from "./difference";
import { excerpt, sectionName } from "./labels";
import { narrativePlaces, narrativeUnit } from "./narrative-money";
import { CARRYOVER } from "./narrative-amount";
import { LIST_OPENS, plainSubject } from "../reader/narrative-claims";
import type { Finding, Rule } from "./types";

const meta = {
  id: "narrative-lists",
  kind: "narrative",
  severity: "error",
  description: { zh: "说明中的清单相加一致，称为空表的表确无数字", en: "lists in the narrative add up; a table called empty has no figures" },
} as const;

export const narrativeLists: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    const p = reading.procurement;
    if (p) {
      const unit = narrativeUnit(reading);
      const parts = [p.goods, p.works, p.services].filter((v): v is string => v !== undefined);
      if (parts.length >= 2) {
        const sum = sumOf(parts);
        const places = narrativePlaces(reading, [p.total, ...parts]);
        const { severity } = compareFigures(new Decimal(p.total), sum, parts.length + 1, places);
        if (severity) {
          findings.push({
            rule: meta.id,
            kind: meta.kind,
            severity,
            section: p.section,
            row: "政府采购预算",
            claimed: p.total,
            computed: sum.toFixed(places),
            message: `${sectionName(reading, p.section)}：政府采购预算 ${p.total} ${unit}，货物、工程、服务之和为 ${sum.toFixed(places)} ${unit}`,
            message_en: `procurement total ${p.total} differs from goods + works + services ${sum.toFixed(places)}`,
          });
        }
      }
      const over = (part: string | undefined, whole: string | undefined, what: string, of: string) => {
        if (part === undefined || whole === undefined || new Decimal(part).lte(whole)) return;
        findings.push({
          rule: meta.id,
          kind: meta.kind,
          severity: "error",
          section: p.section,
          row: what,
          claimed: part,
          computed: `≤ ${whole}`,
          message: `${sectionName(reading, p.section)}：${what} ${part} ${unit}超过${of} ${whole} ${unit}`,
          message_en: `${what} ${part} exceeds ${of} ${whole}`,
        });
      };
      over(p.sme_reserve, p.total, "面向中小企业预留的政府采购项目预算", "政府采购预算");
      over(p.small_micro_reserve, p.sme_reserve ?? p.total, "预留给小微企业的政府采购项目预算", "中小企业预留");
    }
    for (const statement of reading.empty_statements ?? []) {
      const table = reading.tables[statement.table];
      if (!table || table.status !== "present") continue;
      findings.push({
        rule: meta.id,
        kind: meta.kind,
        severity: "error",
        table: statement.table,
        section: statement.section || undefined,
        claimed: "空表",
        computed: "有数字",
        message: `说明称表${statement.table}为空表，但表中有数字：“${excerpt(statement.text, 60)}”`,
        message_en: `the narrative calls table ${statement.table} empty but it has figures`,
      });
    }
    findings.push(...carryoverParts(reading));
    return findings;
  },
};

/** 上年结转结余 and the parts its sentence lists: "…3.00 万元，包括：财政拨款 3.00 万元，非财政拨款 0.00 万元". */
function carryoverParts(reading: Reading): Finding[] {
  const findings: Finding[] = [];
  const stated = reading.stated_amounts ?? [];
  for (const whole of [...reading.claims, ...stated]) {
    if (!CARRYOVER.test(plainSubject(whole.subject))) continue;
    const listed = stated.filter((s) => s.part_of === whole.subject && s.section === whole.section);
    // A list opened by 包括 names all the parts; one opened by 其中 may name some ("其中：1.…通知 3.00 万元").
    if (listed.length < 2 || !LIST_OPENS.test(listed[0].text)) continue;
    const parts = listed.map((s) => s.amount);
    const sum = sumOf(parts);
    const places = narrativePlaces(reading, [whole.amount, ...parts]);
    const { severity } = compareFigures(new Decimal(whole.amount), sum, parts.length + 1, places);
    if (!severity) continue;
    const unit = narrativeUnit(reading);
    findings.push({
      rule: meta.id,
      kind: meta.kind,
      severity,
      section: whole.section,
      row: whole.subject,
      claimed: whole.amount,
      computed: sum.toFixed(places),
      message: `${sectionName(reading, whole.section)}：${whole.subject} ${whole.amount} ${unit}，所列各项（财政拨款、非财政拨款）之和为 ${sum.toFixed(places)} ${unit}`,
      message_en: `${whole.subject} ${whole.amount} differs from the sum of the parts listed, ${sum.toFixed(places)}`,
    });
  }
  return findings;
}
