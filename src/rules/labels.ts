/** Wording for messages: sentences quoted from the text, names compared loosely, and how a section is named. */
import { compact } from "../reader/text-lines";
import type { Reading } from "../reader/types";

/**
 * The opening of a sentence, for a message that quotes it: about `length` characters, never
 * ending inside a figure ("涉及金额 1863.6" would misquote 1863.61), with "…" where it was cut.
 */
export function excerpt(text: string, length: number): string {
  if (text.length <= length) return text;
  const digit = (i: number) => text[i] >= "0" && text[i] <= "9";
  const separator = (i: number) => text[i] === "." || text[i] === ",";
  // Position i continues the figure that ends at i - 1.
  const continues = (i: number) => (digit(i - 1) || (separator(i - 1) && digit(i - 2))) && (digit(i) || (separator(i) && digit(i + 1)));
  let end = length;
  while (end < text.length && continues(end)) end++;
  return end >= text.length ? text : `${text.slice(0, end)}…`;
}

/** A name compared without white space or brackets: a wrapped name may lose or double one ("（困难残疾人生活补助））"). */
export function bareName(text: string): string {
  return compact(text).replace(/[（）()［］[\]〔〕【】]/g, "");
}

/**
 * How a message names a narrative section: "第三部分 五(三)" where the narrative stands in a part,
 * "六、一(二)" where it numbers its sections alone (the Shanghai layout), "第一部分" as it stands.
 */
export function sectionName(reading: Pick<Reading, "narrative_part">, section: string | undefined): string {
  const part = reading.narrative_part;
  if (!section) return part ?? "说明";
  if (section.startsWith("第")) return section;
  return part ? `${part} ${section}` : section;
}
