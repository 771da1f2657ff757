/**
 * The standard tables' columns and the identities that hold within a row (a row's total is the
 * sum of its parts). The column keys are those of ../shared/README.md.
 */
import type { RowIdentity } from "./column-solver";
import { ORDINAL_MARK } from "./numbering";
import { compact } from "./text-lines";
import type { CodedRow, TableId } from "./types";

export interface ColumnSpec {
  columns: string[];
  identities: RowIdentity[];
  /**
   * Where the arithmetic cannot tell columns apart (a lone 365.40 under ten economic columns),
   * the columns such figures usually stand in, most usual first. The choice is noted as ambiguous.
   */
  preference?: string[];
}

const BUDGET_SOURCES = ["general", "general_transfer", "fund", "fund_transfer", "soe", "soe_transfer"];

export const STANDARD_COLUMNS: Partial<Record<TableId, ColumnSpec>> = {
  "2": {
    columns: ["total", "fiscal_subtotal", ...BUDGET_SOURCES, "special_account", "unit_funds", "fiscal_carryover", "nonfiscal_carryover"],
    identities: [
      { total: "total", parts: ["fiscal_subtotal", "special_account", "unit_funds", "fiscal_carryover", "nonfiscal_carryover"] },
      { total: "fiscal_subtotal", parts: BUDGET_SOURCES },
    ],
  },
  "3": { columns: ["total", "basic", "project"], identities: [{ total: "total", parts: ["basic", "project"] }] },
  "5": { columns: ["total", "basic", "project"], identities: [{ total: "total", parts: ["basic", "project"] }] },
  "6": { columns: ["total", "personnel", "public"], identities: [{ total: "total", parts: ["personnel", "public"] }] },
  "7": {
    columns: [
      "total", "wages", "goods_services", "individual_family", "debt_interest", "capital_construction", "capital",
      "enterprise_construction", "enterprise", "social_security_fund", "other",
    ],
    identities: [
      {
        total: "total",
        parts: [
          "wages", "goods_services", "individual_family", "debt_interest", "capital_construction", "capital",
          "enterprise_construction", "enterprise", "social_security_fund", "other",
        ],
      },
    ],
    // Project spending is mostly goods and services, then transfers to persons, then capital.
    preference: ["goods_services", "individual_family", "capital", "capital_construction", "other", "wages"],
  },
  // Government-fund and state-capital spending is almost always project spending.
  "8": {
    columns: ["total", "basic_personnel", "basic_public", "project"],
    identities: [{ total: "total", parts: ["basic_personnel", "basic_public", "project"] }],
    preference: ["project", "basic_public", "basic_personnel"],
  },
  "9": {
    columns: ["total", "basic_personnel", "basic_public", "project"],
    identities: [{ total: "total", parts: ["basic_personnel", "basic_public", "project"] }],
    preference: ["project", "basic_public", "basic_personnel"],
  },
  "10": { columns: ["total", "general", "fund", "soe"], identities: [{ total: "total", parts: ["general", "fund", "soe"] }] },
  "11": {
    columns: [
      "total", "fiscal_total", "fiscal_basic_personnel", "fiscal_basic_public", "fiscal_project",
      "nonfiscal_total", "nonfiscal_basic_personnel", "nonfiscal_basic_public", "nonfiscal_project",
    ],
    identities: [
      { total: "total", parts: ["fiscal_total", "nonfiscal_total"] },
      { total: "fiscal_total", parts: ["fiscal_basic_personnel", "fiscal_basic_public", "fiscal_project"] },
      { total: "nonfiscal_total", parts: ["nonfiscal_basic_personnel", "nonfiscal_basic_public", "nonfiscal_project"] },
    ],
    // Carried-over funds are mostly unfinished projects.
    preference: ["fiscal_project", "nonfiscal_project", "fiscal_basic_public", "nonfiscal_basic_public"],
  },
  "4": { columns: ["total", "general", "fund", "soe"], identities: [{ total: "total", parts: ["general", "fund", "soe"] }] },
};

/**
 * The Shanghai layout prints its own columns; they are kept under their own keys where the
 * standard has none (事业收入 → business_income, …).
 */
export const SHANGHAI_COLUMNS: Partial<Record<TableId, ColumnSpec>> = {
  "2": {
    columns: ["total", "fiscal_subtotal", "business_income", "operating_income", "other_income"],
    identities: [{ total: "total", parts: ["fiscal_subtotal", "business_income", "operating_income", "other_income"] }],
  },
  "3": { columns: ["total", "basic", "project"], identities: [{ total: "total", parts: ["basic", "project"] }] },
  "5": { columns: ["total", "basic", "project"], identities: [{ total: "total", parts: ["basic", "project"] }] },
  "6": { columns: ["total", "personnel", "public"], identities: [{ total: "total", parts: ["personnel", "public"] }] },
  "8": { columns: ["total", "basic", "project"], identities: [{ total: "total", parts: ["basic", "project"] }] },
  "9": { columns: ["total", "basic", "project"], identities: [{ total: "total", parts: ["basic", "project"] }] },
};

/** The rows of 表10 ("三公" 经费), in printed order, and how they add up. */
export const THREE_PUBLIC_ROWS: { key: string; pattern: RegExp; parent?: string }[] = [
  { key: "total", pattern: /^(合计|总计)/ },
  { key: "outbound", pattern: /出国/, parent: "total" },
  { key: "reception", pattern: /接待/, parent: "total" },
  { key: "vehicles", pattern: /购置及运行/, parent: "total" },
  { key: "vehicle_purchase", pattern: /购置费/, parent: "vehicles" },
  { key: "vehicle_operation", pattern: /运行(维护)?费/, parent: "vehicles" },
];

/**
 * The Shanghai layout's one-row 表10: its columns in printed order under a two-level heading
 * (公务用车购置及运行费 over 小计, 购置费, 运行费), then 机关运行经费; each with the heading it stands under.
 */
export const THREE_PUBLIC_ONE_ROW: { key: string; label: string; heading: RegExp }[] = [
  { key: "total", label: "合计", heading: /^合计$/ },
  { key: "outbound", label: "因公出国（境）费", heading: /^因公出国/ },
  { key: "reception", label: "公务接待费", heading: /^公务接待/ },
  { key: "vehicles", label: "公务用车购置及运行费（小计）", heading: /^小计$/ },
  { key: "vehicle_purchase", label: "其中：公务用车购置费", heading: /^购置费$/ },
  { key: "vehicle_operation", label: "公务用车运行费", heading: /^运行费$/ },
  { key: "office_operation", label: "机关运行经费", heading: /^(\d{4}年)?机关运行经/ },
];

/**
 * The economic classification's lines for "三公" spending, by name (codes differ: some provinces
 * print 30212 for other spending). 表6 prints those of basic spending.
 */
const THREE_PUBLIC_ECONOMIC_LINES: { key: string; name: RegExp }[] = [
  { key: "outbound", name: /因公出国/ },
  { key: "reception", name: /公务接待/ },
  { key: "vehicle_operation", name: /公务用车运行/ },
];

/** The 表10 row (outbound, reception, vehicle_operation) an economic 款 line of 表6 is the basic spending of. */
export function threePublicKeyOf(row: CodedRow): string | undefined {
  if (row.code?.length !== 5 || !row.name) return undefined;
  const name = compact(row.name);
  return THREE_PUBLIC_ECONOMIC_LINES.find((l) => l.name.test(name))?.key;
}

/**
 * 表10's rows by the words the narrative uses for them, most specific first; 公务用车 is also
 * printed "公务车" and "公务车用车" (财政局 2025), 因公出国（境）费 also "出国（境）费" and "出国经费".
 */
const THREE_PUBLIC_SUBJECTS: [RegExp, string][] = [
  [/因公出国|^(?:其中[:：]?)?出国(?:[（(]境[）)])?(?:经)?费/, "outbound"],
  [/公务接待/, "reception"],
  [/公务用?车(?:用车)?购置及运行/, "vehicles"],
  [/公务用?车(?:用车)?购置费/, "vehicle_purchase"],
  [/公务用?车(?:用车)?运行/, "vehicle_operation"],
  [/三公/, "total"],
];

/** The 表10 row a narrative subject ("其中：公务用车购置费", "“三公”经费") is of. */
export function threePublicKeyOfSubject(subject: string): string | undefined {
  return THREE_PUBLIC_SUBJECTS.find(([pattern]) => pattern.test(subject))?.[1];
}

/** A transfer from above that does not name its budget: "上级转移支付", "其中：上级转移支付收入". */
const ANY_TRANSFER = "^(?:其中[:：])?上级转移支付(?:收入|资金)?$";

/** 表1's income lines, in printed order: matched in sequence (the same words recur under 结转). */
export const INCOME_LINES: { key: string; pattern: RegExp }[] = [
  { key: "current_income", pattern: /本年收入/ },
  { key: "fiscal_income", pattern: new RegExp(`^一${ORDINAL_MARK}财政拨款收入$`) },
  { key: "general_budget", pattern: /一般公共预算(?:财政)?(?:拨款(?:收入)?|资金)?$/ },
  { key: "general_own", pattern: /一般财力|本级财力|一般公共预算收入/ },
  // "上级转移支付" alone is the transfer of the block it stands in (the lines are matched in order).
  { key: "general_transfer", pattern: new RegExp(`上级一般公共预算.*转移支付|${ANY_TRANSFER}`) },
  { key: "fund_budget", pattern: /政府性基金(预算拨款|预算|$)/ },
  { key: "fund_own", pattern: /政府性基金收入/ },
  { key: "fund_transfer", pattern: new RegExp(`上级政府性基金.*转移支付|${ANY_TRANSFER}`) },
  { key: "soe_budget", pattern: /国有资本经营(预算拨款|预算$)/ },
  { key: "soe_own", pattern: /国有资本经营收入/ },
  { key: "soe_transfer", pattern: new RegExp(`上级国有资本经营.*转移支付|${ANY_TRANSFER}`) },
  { key: "special_account", pattern: /财政专户/ },
  { key: "unit_funds", pattern: /单位资金/ },
  { key: "business_income", pattern: /事业收入$/ },
  { key: "superior_subsidy", pattern: /上级补助收入/ },
  { key: "affiliated_income", pattern: /附属单位上缴收入/ },
  { key: "operating_income", pattern: /经营收入/ },
  { key: "other_income", pattern: /其他收入/ },
  { key: "carryover", pattern: /上年结转/ },
  { key: "fiscal_carryover", pattern: /财政拨款结转/ },
  { key: "fiscal_carryover_general", pattern: /一般公共预算/ },
  { key: "fiscal_carryover_fund", pattern: /政府性基金/ },
  { key: "fiscal_carryover_soe", pattern: /国有资本经营/ },
  { key: "nonfiscal_carryover", pattern: /非财政拨款结/ },
  { key: "nonfiscal_carryover_special_account", pattern: /财政专户/ },
  { key: "nonfiscal_carryover_unit_funds", pattern: /单位资金/ },
];

/** 表4's income lines. */
export const FISCAL_INCOME_LINES: { key: string; pattern: RegExp }[] = [
  { key: "fiscal_total", pattern: /财政拨款/ },
  { key: "general", pattern: /一般公共预算/ },
  { key: "fund", pattern: /政府性基金/ },
  { key: "soe", pattern: /国有资本经营/ },
];
