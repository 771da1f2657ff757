import * as BUDGET from "../functions/functions";

/** What Excel would show for a cell result: the number/text, or the error code. */
function shown(value: unknown): unknown {
  if (value instanceof CustomFunctions.Error) return value.code;
  return value;
}
const grid = (matrix: unknown[][]) => matrix.map((row) => row.map(shown));
const one = (matrix: unknown[][]) => shown(matrix[0][0]);
const round = (value: unknown, places = 4) => Number((value as number).toFixed(places));

describe("BUDGET.SHARE", () => {
  it("has no binary-float noise: SHARE(0.3, 0.1+0.2) is exactly 1", () => {
    expect(one(BUDGET.share([[0.3]], [[0.1 + 0.2]]))).toBe(1);
  });
  it("77.31% for 3,623.39 of 4,686.81", () => {
    expect(round(one(BUDGET.share([[3623.39]], [[4686.81]])))).toBe(0.7731);
  });
  it("spills over a range of parts, in its shape, keeping blanks blank", () => {
    const result = grid(BUDGET.share([[4015.3], [24.02], [null], [450]], [[4489.32]]));
    expect(result.length).toBe(4);
    expect(result.map((row) => row.length)).toEqual([1, 1, 1, 1]);
    expect(round(result[0][0])).toBe(0.8944);
    expect(round(result[1][0])).toBe(0.0054);
    expect(result[2][0]).toBe("");
    expect(round(result[3][0])).toBe(0.1002);
  });
  it("zero total is #DIV/0!, blank total is #N/A (blank is not zero), text is #VALUE!", () => {
    expect(one(BUDGET.share([[1]], [[0]]))).toBe("#DIV/0!");
    expect(one(BUDGET.share([[1]], [[null]]))).toBe("#N/A");
    expect(one(BUDGET.share([["一千"]], [[5]]))).toBe("#VALUE!");
    const error = BUDGET.share([["一千"]], [[5]])[0][0] as CustomFunctions.Error;
    expect(error.message).toContain("一千");
  });
  it("reads amounts stored as text with thousands separators", () => {
    expect(round(one(BUDGET.share([["3,623.39"]], [["4,686.81"]])))).toBe(0.7731);
  });
  it("ranges of different shapes are one #VALUE!", () => {
    expect(grid(BUDGET.share([[1], [2]], [[1, 2, 3]]))).toEqual([["#VALUE!"]]);
  });
});

describe("BUDGET.YOY", () => {
  it("−12.59% for 3,253.79 against 3,722.58", () => {
    expect(round(one(BUDGET.yoy([[3253.79]], [[3722.58]])))).toBe(-0.1259);
  });
  it("a blank previous year is #N/A, not a new item", () => {
    expect(one(BUDGET.yoy([[10]], [[null]]))).toBe("#N/A");
    expect(one(BUDGET.yoy([[10]], [[""]]))).toBe("#N/A");
  });
  it("a new item (previous 0) is #DIV/0!, or 100% when the convention is asked for", () => {
    expect(one(BUDGET.yoy([[10]], [[0]]))).toBe("#DIV/0!");
    expect(one(BUDGET.yoy([[10]], [[0]], [[1]]))).toBe(1);
    expect(one(BUDGET.yoy([[0]], [[0]]))).toBe(0);
  });
  it("spills over two columns of the same shape, each cell with its own result or error", () => {
    expect(grid(BUDGET.yoy([[110], [5], [0]], [[100], [0], [0]]))).toEqual([[0.1], ["#DIV/0!"], [0]]);
  });
  it("treats a percentage typed as text as a fraction", () => {
    expect(one(BUDGET.yoy([[120]], [[100]], [["100%"]]))).toBeCloseTo(0.2, 12);
  });
});

describe("BUDGET.CHANGE, PREVIOUS, PREVIOUSBYRATE", () => {
  it("4,015.30 减少 467.79 → 4,483.09 and back", () => {
    expect(one(BUDGET.previous([[4015.3]], [[-467.79]]))).toBe(4483.09);
    expect(one(BUDGET.change([[4015.3]], [[4483.09]]))).toBe(-467.79);
  });
  it("by rate, and #DIV/0! for −100%", () => {
    expect(one(BUDGET.previousByRate([[110]], [[0.1]]))).toBe(100);
    expect(one(BUDGET.previousByRate([[0]], [[-1]]))).toBe("#DIV/0!");
  });
  it("negative amounts", () => {
    expect(one(BUDGET.change([[-5]], [[-7.5]]))).toBe(2.5);
  });
});

describe("BUDGET.PERCAPITA and SUBSIDY", () => {
  it("PERCAPITA(291.14, 357, 12) = 679.60… 元/人/月", () => {
    expect((one(BUDGET.perCapita([[291.14]], [[357]], [[12]])) as number).toFixed(2)).toBe("679.60");
  });
  it("an amount in 元", () => {
    expect(one(BUDGET.perCapita([[10000]], [[4]], null as never, [["元"]]))).toBe(2500);
  });
  it("an unknown unit is #VALUE!", () => {
    expect(one(BUDGET.perCapita([[1]], [[1]], null as never, [["美元"]]))).toBe("#VALUE!");
  });
  it("SUBSIDY(175, 110, 12) = 23.10 and SUBSIDY(357, 678, 12) = 290.4552 (printed 291.14)", () => {
    expect(one(BUDGET.subsidy([[175]], [[110]], [[12]]))).toBe(23.1);
    expect(one(BUDGET.subsidy([[357]], [[678]], [[12]]))).toBe(290.4552);
  });
  it("spills over a column of persons", () => {
    expect(grid(BUDGET.subsidy([[175], [3]], [[110]], [[12]]))).toEqual([[23.1], [0.396]]);
  });
  it("SUBSIDY(175, 110, 12, \"元\") = 231000: the total in 元, for a narrative in 元; an unknown unit is #VALUE!", () => {
    expect(one(BUDGET.subsidy([[175]], [[110]], [[12]], [["元"]]))).toBe(231000);
    expect(one(BUDGET.subsidy([[175]], [[110]], [[12]], [["万元"]]))).toBe(23.1);
    expect(one(BUDGET.subsidy([[175]], [[110]], [[12]], [["美元"]]))).toBe("#VALUE!");
  });
});

describe("BUDGET.RECONCILE and ROUNDINGTOLERANCE", () => {
  it("total − Σparts, skipping blanks", () => {
    expect(shown(BUDGET.reconcile(4489.32, [[4015.3], [24.02], [null], [450]]))).toBe(0);
    expect(shown(BUDGET.reconcile(10.01, [[3.33, 3.33, 3.34]]))).toBe(0.01);
  });
  it("a rounding difference reconciles within the tolerance", () => {
    const tolerance = shown(BUDGET.roundingTolerance(3));
    expect(tolerance).toBe(0.015);
    expect(shown(BUDGET.reconcile(10.01, [[3.33, 3.33, 3.34]], tolerance as number))).toBe(0);
  });
  it("text among the parts is #VALUE!, a blank total #N/A", () => {
    expect(shown(BUDGET.reconcile(1, [["x"]]))).toBe("#VALUE!");
    expect(shown(BUDGET.reconcile(null, [[1]]))).toBe("#N/A");
  });
});

describe("BUDGET.CODENAME, CODELEVEL, CODEPARENT", () => {
  it("reads codes with and without spaces, as text or number", () => {
    expect(one(BUDGET.codeName([["201 03 01"]]))).toBe("行政运行");
    expect(one(BUDGET.codeName([[2010301]]))).toBe("行政运行");
    expect(one(BUDGET.codeName([["20103"]]))).toBe("政府办公厅（室）及相关机构事务");
    expect(one(BUDGET.codeName([[30101]]))).toBe("基本工资");
  });
  it("levels and parents", () => {
    expect(grid(BUDGET.codeLevel([["201"], ["201 03"], ["201 03 01"], ["302 01"]]))).toEqual([["类"], ["款"], ["项"], ["款"]]);
    expect(grid(BUDGET.codeParent([["2010301"], ["20103"], ["30201"]]))).toEqual([["20103"], ["201"], ["302"]]);
    expect(one(BUDGET.codeParent([["201"]]))).toBe("#N/A");
  });
  it("unknown codes are #N/A, malformed ones #VALUE!", () => {
    expect(one(BUDGET.codeName([["2019999"]]))).toBe("#N/A");
    expect(one(BUDGET.codeLevel([["999"]]))).toBe("#VALUE!");
    expect(one(BUDGET.codeLevel([["288"]]))).toBe("#N/A");
    expect(one(BUDGET.codeName([["20 3 5"]]))).toBe("#VALUE!");
    expect(one(BUDGET.codeName([["2010"]]))).toBe("#VALUE!");
    expect(one(BUDGET.codeName([["3010101"]]))).toBe("#VALUE!");
    expect(one(BUDGET.codeName([["行政运行"]]))).toBe("#VALUE!");
  });
});

describe("BUDGET.WAN and YUAN", () => {
  it("converts exactly and spills", () => {
    expect(grid(BUDGET.wan([[3296600], [438300]]))).toEqual([[329.66], [43.83]]);
    expect(one(BUDGET.yuan([[0.29]]))).toBe(2900);
  });
});
