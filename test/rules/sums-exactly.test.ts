/**
 * The table rules' integer fast path (sumsExactly) must agree with decimal.js whenever it says
 * "equal", and step aside (false) for anything it cannot read exactly.
 */
import { Decimal } from "../../src/amount";
import { dec, sumsExactly } from "../../src/rules/difference";
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
