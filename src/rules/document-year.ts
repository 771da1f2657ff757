/**
 * document-year: the narrative names its budget by the document's year. "关于…2023 年收入预算情况说明" or
 * "2023 年支出预算 1,346.76 万元" in a 2024 disclosure is a sentence carried over from last year's
 * (warning, once per section, with how often it happens there). A cover left at last year's ("2023 年单位预算公开"
 * over a 2024 disclosure whose pages say 2024) is found the same way.
 */
import type { OtherBudgetYear, Reading } from "../reader/types";
import { excerpt, sectionName } from "./labels";
import type { Finding, Rule } from "./types";

const meta = {
  id: "document-year",
  kind: "format",
  severity: "warning",
  description: { zh: "说明中称预算的年份与文件年度一致", en: "the narrative names its budget by the document's year" },
} as const;

export const documentYear: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const year = reading.year;
    if (year === undefined || !reading.other_budget_years) return [];
    const bySection = new Map<string, OtherBudgetYear[]>();
    for (const mention of reading.other_budget_years) bySection.set(mention.section, [...(bySection.get(mention.section) ?? []), mention]);
    return [...bySection].map(([section, mentions]) => {
      const [first] = mentions;
      // Section "": the cover, or the title before the first part or heading.
      const cover = section === "";
      const where = cover ? "封面（标题）" : sectionName(reading, section);
      const said = cover ? "封面却称" : "说明却称";
      const more = mentions.length > 1 ? `（${cover ? "封面" : "本节"}共 ${mentions.length} 处）` : "";
      return {
        rule: meta.id,
        kind: meta.kind,
        severity: meta.severity,
        section: section || undefined,
        row: "年度",
        claimed: String(first.year),
        computed: String(year),
        message: `${where}：本文件为 ${year} 年预算，${said} ${first.year} 年：“${excerpt(first.text, 40)}”${more}，像是沿用了其他年度的文字`,
        message_en:
          cover
            ? `the cover names the budget by ${first.year} in a ${year} disclosure (${mentions.length} time(s))`
            : `the narrative names the budget by ${first.year} in a ${year} disclosure (${mentions.length} time(s) in this section)`,
      };
    });
  },
};
