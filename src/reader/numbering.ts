/**
 * How disclosures number their sections and numbered lines: a Chinese numeral and a mark, "三、",
 * or "三．" / "三." as some documents number them ("一．财政拨款收入").
 */

/** A Chinese numeral as headings print it: 一 … 十二. */
export const CHINESE_NUMERAL = "[一二三四五六七八九十]+";
/** The mark after a heading's numeral. */
export const ORDINAL_MARK = "[、.．]";
