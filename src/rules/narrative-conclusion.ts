/**
 * narrative-conclusion: a sentence about one fund concludes about that fund. "国有资本经营预算 0.00 万元，
 * …减少 0.05 万元…，所以 2024 年政府性基金预算比上年减少" names another fund in its conclusion — a
 * sentence copied from the paragraph before and not fully edited.
 */
import type { Reading } from "../reader/types";
import type { Finding, Rule } from "./types";
import { sectionName } from "./labels";

const meta = {
  id: "narrative-conclusion",
  kind: "narrative",
  severity: "warning",
  description: { zh: "说明中关于某项资金的句子，结论说的是同一项资金", en: "a sentence about one fund draws its conclusion about that fund" },
} as const;

/** The funds a budget's income is split into, by the words that name them. */
const FUNDS = ["一般公共", "政府性基金", "国有资本", "财政专户", "单位资金"];

const fundsIn = (text: string) => FUNDS.filter((fund) => text.includes(fund));

export const narrativeConclusion: Rule = {
  meta,
  check(reading: Reading): Finding[] {
    const findings: Finding[] = [];
    for (const { section, subject, rest } of reading.amount_sentences ?? []) {
      const conclusion = rest.match(/(?:所以|因此)(.+?)[。；;]?$/)?.[1];
      if (!conclusion) continue;
      const about = fundsIn(subject);
      const named = fundsIn(conclusion);
      if (about.length === 0 || named.length === 0 || named.some((fund) => about.includes(fund))) continue;
      // Stand at the claim the sentence makes, where one was read, and name the subject as it does.
      const heading = reading.claims.find((c) => c.section === section && c.subject.startsWith(subject))?.subject ?? subject;
      findings.push({
        rule: meta.id,
        kind: meta.kind,
        severity: "warning",
        section,
        row: heading,
        claimed: `所以${conclusion}`,
        computed: heading,
        message: `${sectionName(reading, section)}：关于“${heading}”的句子，结论却说“${conclusion}”（${named.join("、")}），应说${heading}`,
        message_en: `a sentence about ${subject} concludes about another fund: “${conclusion}”`,
      });
    }
    return findings;
  },
};
