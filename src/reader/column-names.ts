/**
 * The Chinese names of the reading's column and income keys (total → 合计, fiscal_subtotal →
 * 财政拨款小计), for everything that names a column to a reader: the reader's notes, the rules'
 * messages, the report and the sheets' headers.
 */
export const COLUMN_LABELS: Record<string, string> = {
  total: "合计",
  fiscal_subtotal: "财政拨款小计",
  general: "一般公共预算",
  general_transfer: "上级一般公共预算转移支付",
  fund: "政府性基金预算",
  fund_transfer: "上级政府性基金转移支付",
  soe: "国有资本经营预算",
  soe_transfer: "上级国有资本经营预算转移支付",
  special_account: "财政专户",
  unit_funds: "单位资金",
  fiscal_carryover: "财政拨款结转",
  nonfiscal_carryover: "非财政拨款结转结余",
  basic: "基本支出",
  project: "项目支出",
  personnel: "人员经费",
  public: "公用经费",
  wages: "工资福利支出",
  goods_services: "商品和服务支出",
  individual_family: "对个人和家庭的补助",
  debt_interest: "债务利息及费用支出",
  capital_construction: "资本性支出（基本建设）",
  capital: "资本性支出",
  enterprise_construction: "对企业补助（基本建设）",
  enterprise: "对企业补助",
  social_security_fund: "对社会保障基金补助",
  other: "其他支出",
  basic_personnel: "基本支出人员经费",
  basic_public: "基本支出公用经费",
  fiscal_total: "财政拨款合计",
  fiscal_basic_personnel: "财政拨款基本支出人员经费",
  fiscal_basic_public: "财政拨款基本支出公用经费",
  fiscal_project: "财政拨款项目支出",
  nonfiscal_total: "非财政拨款合计",
  nonfiscal_basic_personnel: "非财政拨款基本支出人员经费",
  nonfiscal_basic_public: "非财政拨款基本支出公用经费",
  nonfiscal_project: "非财政拨款项目支出",
  business_income: "事业收入",
  operating_income: "事业单位经营收入",
  other_income: "其他收入",
};

/** A key's Chinese name; a key without one (a column a layout adds) as it is. */
export const label = (column: string): string => COLUMN_LABELS[column] ?? column;
