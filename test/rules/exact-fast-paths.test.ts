/**
 * The rules' fast paths (sumsExactly for the table sums, percentClearlyRoundsTo for shares and
 * changes) must agree with decimal.js whenever they say "equal", and step aside (false) for
 * anything they cannot decide for certain.
 */
import { Decimal } from "../../src/amount";
import { atCommonScale, dec, percentClearlyRoundsTo, sumsExactly } from "../../src/rules/difference";
import { seededRandom } from "../seeded-random";

const decimalSaysEqual = (total: string | undefined, parts: (string | undefined)[]) =>
  dec(total).eq(parts.reduce((s, p) => s.plus(dec(p)), new Decimal(0)));

describe("sumsExactly", () => {
  it("reads printed figures at a common scale", () => {
    expect(sumsExactly("182.42", ["100.4", "82.02"])).toBe(true);
    expect(sumsExactly("182.43", ["100.4", "82.02"])).toBe(false);
    expect(sumsExactly("-12.5", ["-20", "7.50"])).toBe(true);
    expect(sumsExactly(undefined, [undefined, "0.00", ""])).toBe(true);
    expect(sumsExactly("3296600", ["3296600.00"])).toBe(true);
    expect(sumsExactly("173.542", ["173.54", "0.002"])).toBe(true);
  });

  it("steps aside where it cannot promise exactness", () => {
    // Beyond 2⁵³ at the common scale, and figures that are not plain digits.
    expect(sumsExactly("90071992547409.93", ["90071992547409.93"])).toBe(false);
    expect(sumsExactly("1e3", ["1000"])).toBe(false);
    expect(sumsExactly("1,000", ["1000"])).toBe(false);
    expect(sumsExactly("-", [])).toBe(false);
    expect(sumsExactly("1.0000000001", ["1.0000000001"])).toBe(false);
  });

  it("never says equal where decimal.js does not, on 20,000 random table rows", () => {
    const next = seededRandom(20261122);
    const figure = () => {
      const decimals = Math.floor(next() * 4);
      const value = (next() < 0.1 ? -1 : 1) * Math.floor(next() * 10 ** Math.floor(next() * 12));
      const text = decimals === 0 ? String(value) : (value / 10 ** decimals).toFixed(decimals);
      return next() < 0.1 ? undefined : text;
    };
    let equal = 0;
    for (let i = 0; i < 20_000; i++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 6) }, figure);
      // Half the rows add up (the total is the exact sum), half do not.
      const exact = parts.reduce((s, p) => s.plus(dec(p)), new Decimal(0));
      const total = next() < 0.5 ? exact.toFixed() : exact.plus(next() < 0.5 ? "0.01" : "1").toFixed();
      const fast = sumsExactly(total, parts);
      if (fast) equal++;
      expect(fast && !decimalSaysEqual(total, parts)).toBe(false);
      if (decimalSaysEqual(total, parts) && Math.abs(exact.toNumber()) < 1e12) expect(fast).toBe(true);
    }
    expect(equal).toBeGreaterThan(9000);
  });
});

describe("percentClearlyRoundsTo", () => {
  // What narrative-share and narrative-change decide with decimal.js.
  const decimalSaysEqual = (numerator: string, denominator: string, printed: string, places: number) =>
    new Decimal(numerator).div(denominator).times(100).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).eq(printed);
  const fast = (numerator: string, denominator: string, printed: string, places: number) => {
    const scaled = atCommonScale([numerator, denominator]);
    return scaled !== undefined && percentClearlyRoundsTo(scaled[0], scaled[1], printed, places);
  };

  it("passes clear cases and steps aside at the rounding boundary", () => {
    expect(fast("1175.15", "4686.81", "25.07", 2)).toBe(true);
    expect(fast("1175.15", "4686.81", "25.08", 2)).toBe(false);
    expect(fast("-12.00", "48.00", "-25.00", 2)).toBe(true);
    expect(fast("-12.00", "48.00", "25.00", 2)).toBe(false);
    // 12.505% exactly: half-up makes it 12.51; the fast path leaves the boundary to decimal.js.
    expect(fast("12505", "100000", "12.50", 2)).toBe(false);
    expect(fast("12505", "100000", "12.51", 2)).toBe(false);
    expect(decimalSaysEqual("12505", "100000", "12.51", 2)).toBe(true);
    expect(fast("1", "0", "0.00", 2)).toBe(false);
    expect(fast("1e3", "10", "100.00", 2)).toBe(false);
  });

  it("never says equal where decimal.js does not, on 20,000 random shares and changes", () => {
    const next = seededRandom(20261123);
    const figure = (max: number) => ((next() < 0.2 ? -1 : 1) * Math.floor(next() * max)) / 100;
    let clear = 0;
    for (let i = 0; i < 20_000; i++) {
      const numerator = figure(10 ** (2 + Math.floor(next() * 8))).toFixed(2);
      const denominator = figure(10 ** (2 + Math.floor(next() * 8))).toFixed(2);
      if (Number(denominator) === 0) continue;
      const places = 2 + Math.floor(next() * 2);
      const exact = new Decimal(numerator).div(denominator).times(100);
      // Printed: the right figure, one unit off, or a figure at a rounding boundary.
      const unit = new Decimal(10).pow(-places);
      const choice = next();
      const printed = (choice < 0.5 ? exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP) : choice < 0.8 ? exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).plus(unit) : exact.toDecimalPlaces(places, Decimal.ROUND_DOWN)).toFixed(places);
      const says = fast(numerator, denominator, printed, places);
      if (says) clear++;
      expect(says && !decimalSaysEqual(numerator, denominator, printed, places)).toBe(false);
    }
    expect(clear).toBeGreaterThan(5000);
  });
});
