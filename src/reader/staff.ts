/** The staff figures of 第一部分 (机构设置及人员情况): 编制数, 实有人数, 在职/退休/离休 and their changes. */
import type { TextLine } from "./text-lines";
import type { Staff } from "./types";

// "在职 105 人", "在职人员 105 名", "在职职工 105 人", "在职人数为 105 人"; then "，减少 3 人",
// "，比上年增加 1 名", "（比上年减少 3 人）".
/** The words between a kind of staff and its count: "在职人员为", "退休职工", "在职干部职工共". */
const STAFF_COUNT_WORDS = "(?:干部职工|干部|职工|人员|人数)?(?:为|共)?";
/** The words of a staff change before its count: "比上年减少了", "较上年度减少", "比 2023 年增加". */
const STAFF_CHANGE_WORDS = "(?:(?:比|较)\\s*(?:上年|\\d{4}\\s*年)度?|同比)?\\s*(增加|减少)了?";
/** A breakdown in brackets after a count, before its change: "105 人（其中行政 30 人、事业 75 人），减少 3 人". */
const BREAKDOWN = "(?:[（(][^（()）]{0,40}[）)])?";
/** Who is counted: 在职 also as "在职在编", "在职在岗"; 离退休 is 退休 and 离休 counted together. */
const STAFF_WHO = { 实有: "(?:实有|现有)", 在职: "在职(?:在编|在岗)?", 退休: "(?<!离)退休", 离休: "离休", 离退休: "离退休" } as const;
const STAFF_COUNT = mapStaff((who) => new RegExp(`${who}${STAFF_COUNT_WORDS}(\\d+)(?:人|名)`));
const STAFF_CHANGE = mapStaff((who) => new RegExp(`${who}${STAFF_COUNT_WORDS}\\d+(?:人|名)${BREAKDOWN}[，,（(]?${STAFF_CHANGE_WORDS}(\\d+)(?:人|名)`));
/** The staff sentence of 第一部分 as printed (white space kept): "在职 199 人，减少 89 人". */
export const STAFF_CLAIM = new RegExp(
  `(在职|(?<!离)退休|离休|离退休)(?:在编|在岗)?${STAFF_COUNT_WORDS}\\s*(\\d+)\\s*[人名]\\s*${BREAKDOWN}\\s*[，,（(]\\s*${STAFF_CHANGE_WORDS}\\s*(\\d+)\\s*[人名]`,
  "g",
);

function mapStaff(pattern: (who: string) => RegExp): Record<keyof typeof STAFF_WHO, RegExp> {
  const entries = Object.entries(STAFF_WHO).map(([key, who]) => [key, pattern(who)]);
  return Object.fromEntries(entries) as Record<keyof typeof STAFF_WHO, RegExp>;
}

/** The kinds of posts a text may count apart: "行政编制", "事业编制", "工勤编制", "参公编制". */
const POST_KINDS = "行政|事业|工勤|参公";
/** The posts in all ("编制数 41", "编制总数 41 人"), not of one kind (not "编制2024年部门预算": a year is no count). */
const POSTS = new RegExp(`(?<!${POST_KINDS})编制(?:总数|数|人数)?(?:为|共)?(\\d+)(?![\\d年])(?:人|名)?`);
const POSTS_OF_A_KIND = new RegExp(`(?:${POST_KINDS})编制(?:数)?(?:为|共)?(\\d+)(?:人|名)`, "g");

/** The posts of each kind ("行政编制 20 名、事业编制 21 名"), added up; undefined where none is stated. */
function postsByKind(text: string): number | undefined {
  let posts: number | undefined;
  for (const match of text.matchAll(POSTS_OF_A_KIND)) posts = (posts ?? 0) + Number(match[1]);
  return posts;
}

export function readStaff(lines: TextLine[]): Staff {
  const text = lines.slice(0, 400).filter((l) => !l.cells).map((l) => l.flat).join("");
  const staff: Staff = {};
  const number = (pattern: RegExp) => {
    const match = text.match(pattern);
    return match ? Number(match[1]) : undefined;
  };
  const signed = (pattern: RegExp) => {
    const match = text.match(pattern);
    if (!match) return undefined;
    const value = Number(match[2]);
    return /减少|下降/.test(match[1]) ? -value : value;
  };
  // Where only kinds of posts are counted ("行政编制 20 名、事业编制 21 名"), the posts are their sum.
  staff.authorized = number(POSTS) ?? postsByKind(text);
  staff.actual = number(STAFF_COUNT.实有);
  staff.in_service = number(STAFF_COUNT.在职);
  staff.in_service_change = signed(STAFF_CHANGE.在职);
  staff.retired = number(STAFF_COUNT.退休);
  staff.retired_change = signed(STAFF_CHANGE.退休);
  // "无离休人员": none.
  staff.retired_cadre = number(STAFF_COUNT.离休) ?? (/无离休/.test(text) ? 0 : undefined);
  staff.retired_cadre_change = signed(STAFF_CHANGE.离休);
  staff.retired_all = number(STAFF_COUNT.离退休);
  staff.retired_all_change = signed(STAFF_CHANGE.离退休);
  for (const key of Object.keys(staff) as (keyof Staff)[]) if (staff[key] === undefined) delete staff[key];
  return staff;
}
