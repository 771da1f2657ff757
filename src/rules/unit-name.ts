/**
 * unit-name: the narrative speaks of its own unit. Another body of the same kind and place
 * ("库尔勒市新城街道办事处" in 库尔勒市希望街道办事处's disclosure) is a sentence copied from another
 * unit's disclosure (warning, once per name).
 */
import type { Reading } from "../reader/types";
import { excerpt, sectionName } from "./labels";
import type { Finding, Rule } from "./types";

const meta = {
  id: "unit-name",
  kind: "format",
  severity: "warning",
  description: { zh: "说明中的单位名称与本文件的单位一致", en: "the narrative names its own unit, not another of its kind" },
} as const;

export const unitName: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    if (!reading.unit) return [];
    return (reading.other_unit_names ?? []).map((other) => ({
      rule: meta.id,
      kind: meta.kind,
      severity: meta.severity,
      section: other.section || undefined,
      // Flagged at the unit's name on the overview.
      row: "单位",
      claimed: other.name,
      computed: reading.unit,
      message: `${sectionName(reading, other.section)}：说明提到“${other.name}”，而本文件是${reading.unit}的预算：“${excerpt(other.text, 40)}”，像是沿用了其他单位的文字`,
      message_en: `the narrative names ${other.name}, not ${reading.unit}, whose budget this is`,
    }));
  },
};
