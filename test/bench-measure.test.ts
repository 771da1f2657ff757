import { describe, expect, it } from "vitest";
import { median } from "../bench/measure";

describe("the benchmark's median", () => {
  it("is the middle figure of an odd count", () => {
    expect(median([5.1, 1.2, 3.3])).toBe(3.3);
  });

  it("is the mean of the two middle figures of an even count (four shared disclosures)", () => {
    expect(median([6.8, 2.6, 3.9, 2.4])).toBeCloseTo(3.25, 10);
  });

  it("leaves the figures it is given in their order", () => {
    const figures = [3, 1, 2];
    median(figures);
    expect(figures).toEqual([3, 1, 2]);
  });
});
