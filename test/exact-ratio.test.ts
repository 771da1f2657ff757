/**
 * The integer fast path must give exactly the double an exact decimal computation gives, and
 * step aside (undefined) wherever it cannot promise that.
 */
import Decimal from "decimal.js";
import { decimalScale, exactGrowth, exactQuotient } from "../src/exact-ratio";
import { shareOfNumbers, yoyOfNumbers } from "../src/analytics";
import { seededRandom } from "./seeded-random";

// Wide precision so the reference is the correctly rounded quotient.
const Precise = Decimal.clone({ precision: 60 });
const precise = (x: number) => new Precise(x.toPrecision(15));
const reference = (a: number, b: number) => Precise.div(precise(a), precise(b)).toNumber();
const referenceGrowth = (c: number, p: number) => Precise.div(precise(c).minus(precise(p)), precise(p)).toNumber();


describe("exact ratio fast path", () => {
  it("reads numbers as Excel does, to 15 significant digits", () => {
    expect(decimalScale(4686.81)).toBe(2);
    expect(decimalScale(0.1 + 0.2)).toBe(1);
    expect(decimalScale(3296600)).toBe(0);
    expect(decimalScale(0)).toBe(0);
    expect(decimalScale(1 / 3)).toBe(-1);
    expect(decimalScale(1e-12)).toBe(-1);
    expect(decimalScale(1e16)).toBe(-1);
  });

  it("equals the correctly rounded decimal quotient on 20,000 disclosure-like pairs", () => {
    const next = seededRandom(20241122);
    for (let i = 0; i < 20_000; i++) {
      const decimals = Math.floor(next() * 5);
      const a = Math.round((next() - 0.2) * 10 ** (2 + Math.floor(next() * 7))) / 10 ** decimals;
      const b = Math.round((next() + 0.001) * 10 ** (2 + Math.floor(next() * 7))) / 10 ** decimals;
      if (b === 0) continue;
      const fast = exactQuotient(a, b);
      expect(fast, `${a} / ${b}`).toBe(reference(a, b));
      expect(exactGrowth(a, b), `growth ${a} on ${b}`).toBe(referenceGrowth(a, b));
    }
  });

  it("steps aside for values it cannot take exactly", () => {
    expect(exactQuotient(1 / 3, 2)).toBeUndefined();
    expect(exactQuotient(1, 0)).toBeUndefined();
    expect(exactQuotient(123456789012.34567, 1.5)).toBeUndefined();
    expect(exactGrowth(5, 0)).toBeUndefined();
  });

  it("the number-level share and yoy agree with the decimal core, whichever path they take", () => {
    expect(shareOfNumbers(0.3, 0.1 + 0.2)).toBe(1);
    expect(shareOfNumbers(1 / 3, 1)).toBe(new Decimal((1 / 3).toPrecision(15)).toNumber());
    expect(shareOfNumbers(-0, 5)).toBe(0);
    expect(Object.is(shareOfNumbers(0, -5), 0)).toBe(true);
    expect(yoyOfNumbers(3253.79, 3722.58)).toBe(referenceGrowth(3253.79, 3722.58));
    expect(yoyOfNumbers(5, 0, 1)).toBe(1);
    expect(yoyOfNumbers(0, 0)).toBe(0);
    expect(() => shareOfNumbers(1, 0)).toThrow();
    expect(() => yoyOfNumbers(1, 0)).toThrow();
  });
});
