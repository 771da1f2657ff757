import { Decimal } from "../src/amount";
import * as a from "../src/analytics";
import { BudgetError } from "../src/analytics";

const d = (value: string | number) => new Decimal(value);
const pct = (value: Decimal) => value.times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

function failure(run: () => unknown): BudgetError {
  try {
    run();
  } catch (error) {
    if (error instanceof BudgetError) return error;
    throw error;
  }
  throw new Error("expected a BudgetError");
}

describe("share (占比)", () => {
  it("gives the share a disclosure prints: 一般财力 3,623.39 of 收入总计 4,686.81 is 77.31%", () => {
    expect(pct(a.share(d("3623.39"), d("4686.81")))).toBe("77.31");
  });
  it("is exact: 0.3 of 0.3 is exactly 1", () => {
    expect(a.share(d("0.3"), d("0.1").plus("0.2")).toString()).toBe("1");
  });
  it("keeps the sign of negative amounts", () => {
    expect(a.share(d(-25), d(100)).toString()).toBe("-0.25");
  });
  it("fails with #DIV/0! on a zero total", () => {
    expect(failure(() => a.share(d(1), d(0))).kind).toBe("div0");
  });
});

describe("yoy (同比)", () => {
  it("基本支出 3,253.79 down 468.79 is −12.59%", () => {
    const previous = a.previousFromChange(d("3253.79"), d("-468.79"));
    expect(previous.toString()).toBe("3722.58");
    expect(pct(a.yoy(d("3253.79"), previous))).toBe("-12.59");
  });
  it("单位资金 450.00 up 130.00 is 40.625% exactly (printed 40.62 or 40.63 depending on rounding)", () => {
    expect(a.yoy(d("450.00"), d("320.00")).toString()).toBe("0.40625");
  });
  it("a new item is #DIV/0! unless the disclosure's convention is given", () => {
    expect(failure(() => a.yoy(d(5), d(0))).kind).toBe("div0");
    expect(a.yoy(d(5), d(0), d(1)).toString()).toBe("1");
  });
  it("both years 0 is no change", () => {
    expect(a.yoy(d(0), d(0)).toString()).toBe("0");
  });
  it("a fall to zero is −100%", () => {
    expect(a.yoy(d(0), d("12.5")).toString()).toBe("-1");
  });
});

describe("change and the implied previous year", () => {
  it("4,015.30 万元, 比上年减少 467.79 → 4,483.09", () => {
    expect(a.previousFromChange(d("4015.30"), d("-467.79")).toFixed(2)).toBe("4483.09");
    expect(a.change(d("4015.30"), d("4483.09")).toFixed(2)).toBe("-467.79");
  });
  it("by rate: 3,253.79 down 12.59% was about 3,722.4", () => {
    expect(a.previousFromRate(d("3253.79"), d("-0.1259")).toFixed(2)).toBe("3722.45");
  });
  it("a fall of 100% leaves no previous year", () => {
    expect(failure(() => a.previousFromRate(d(0), d(-1))).kind).toBe("div0");
  });
});

describe("per-capita amounts and subsidies", () => {
  it("城市低保 291.14 万元 for 357 persons over 12 months is 679.60… 元/人/月", () => {
    const value = a.perCapita(d("291.14"), d(357), d(12));
    expect(value.toFixed(2)).toBe("679.60");
  });
  it("357 persons × 678 元 × 12 months is 290.4552 万元, not the printed 291.14", () => {
    const computed = a.subsidy(d(357), d(678), d(12));
    expect(computed.toString()).toBe("290.4552");
    expect(computed.toFixed(2)).not.toBe("291.14");
  });
  it("175 persons × 110 元 × 12 months = 23.10 万元, or 231,000 元", () => {
    expect(a.subsidy(d(175), d(110), d(12)).toFixed(2)).toBe("23.10");
    expect(a.subsidy(d(175), d(110), d(12), "元").toString()).toBe("231000");
  });
  it("an amount in 元 is per person in 元", () => {
    expect(a.perCapita(d(10000), d(4), undefined, "元").toString()).toBe("2500");
  });
  it("zero persons is #DIV/0!, negative persons and months are #VALUE!", () => {
    expect(failure(() => a.perCapita(d(1), d(0))).kind).toBe("div0");
    expect(failure(() => a.perCapita(d(1), d(-3))).kind).toBe("value");
    expect(failure(() => a.perCapita(d(1), d(3), d(0))).kind).toBe("value");
    expect(failure(() => a.subsidy(d(-1), d(3))).kind).toBe("value");
  });
});

describe("reconcile and rounding tolerance", () => {
  it("表1 本年收入 4,489.32 = 4,015.30 + 24.02 + 450.00", () => {
    expect(a.reconcile(d("4489.32"), [d("4015.30"), d("24.02"), d("450.00")]).toString()).toBe("0");
  });
  it("a 0.01 difference over three rounded figures is within tolerance", () => {
    const tolerance = a.roundingTolerance(d(3));
    expect(tolerance.toString()).toBe("0.015");
    expect(a.reconcile(d("10.01"), [d("3.33"), d("3.33"), d("3.34")]).toString()).toBe("0.01");
    expect(a.reconcile(d("10.01"), [d("3.33"), d("3.33"), d("3.34")], tolerance).toString()).toBe("0");
  });
  it("a larger difference stays visible", () => {
    expect(a.reconcile(d("10.10"), [d("3.33"), d("3.33"), d("3.34")], d("0.015")).toString()).toBe("0.1");
  });
  it("a fractional or negative count is #VALUE!", () => {
    expect(failure(() => a.roundingTolerance(d("2.5"))).kind).toBe("value");
    expect(failure(() => a.roundingTolerance(d(-1))).kind).toBe("value");
  });
});

describe("unit conversion", () => {
  it("converts exactly between 元 and 万元", () => {
    expect(a.wan(d(3296600)).toString()).toBe("329.66");
    expect(a.yuan(d("329.66")).toString()).toBe("3296600");
  });
});
