/**
 * The classification catalogue against the real disclosures: every code they print is known,
 * under the name they print (or the start of it, where a PDF cut the name short).
 */
import { FUNCTION_CODES, ECONOMIC_CODES } from "../src/catalogue/codes";
import { acceptedCodeNames, codeLevel, codeName, codeParent, parseCode } from "../src/catalogue/classification";
import { expectedNames, readDisclosureText, readExpected } from "./shared-data";

/** Code → printed names, from the hand-checked readings of the shared disclosures. */
function printedCodes(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const add = (code: unknown, name: unknown) => {
    if (typeof code !== "string" || typeof name !== "string" || !/^\d{3}(\d{2}){0,2}$/.test(code)) return;
    if (!found.has(code)) found.set(code, new Set());
    found.get(code)!.add(name);
  };
  for (const file of expectedNames()) {
    const tables = readExpected(file).tables;
    for (const table of Object.values(tables) as { rows?: unknown[]; expense?: unknown[] }[]) {
      for (const row of [...(table.rows ?? []), ...(table.expense ?? [])] as { code?: unknown; name?: unknown }[]) {
        add(row.code, row.name);
      }
    }
  }
  // The Shanghai text prints its codes TAB-separated: "201 \t05 \t07 \t专项普查活动 \t…".
  for (const line of readDisclosureText("shanghai-putuo-wanli-2025").split("\n")) {
    const cells = line.split("\t").map((c) => c.trim());
    let code = "";
    let i = 0;
    while (i < cells.length && /^\d{2,3}$/.test(cells[i]) && code.length < 7) code += cells[i++];
    if (code && i < cells.length && /\p{Script=Han}/u.test(cells[i])) add(code, cells[i]);
  }
  return found;
}

describe("classification catalogue", () => {
  it("has every 类 of the function classification that 表1 lists (201 … 234)", () => {
    const classes = Object.keys(FUNCTION_CODES).filter((c) => c.length === 3);
    expect(classes.length).toBe(30);
    expect(classes[0]).toBe("201");
    expect(classes.at(-1)).toBe("234");
    expect(FUNCTION_CODES["218"]).toBeUndefined();
  });

  it("knows every code the shared disclosures print, by the name they print", () => {
    const printed = printedCodes();
    expect(printed.size).toBeGreaterThan(100);
    for (const [code, names] of printed) {
      const accepted = acceptedCodeNames(parseCode(code));
      expect(accepted.length, `code ${code}`).toBeGreaterThan(0);
      for (const printedName of names) {
        const known = accepted.some((name) => name.startsWith(printedName));
        expect(known, `${code}: printed ${printedName}, catalogue ${accepted.join(" / ")}`).toBe(true);
      }
    }
  });

  it("every 款 and 项 hangs under a known parent, economic codes under an economic 类", () => {
    for (const code of Object.keys(FUNCTION_CODES)) {
      if (code.length > 3) expect(FUNCTION_CODES[codeParent(code)], code).toBeDefined();
      expect(codeLevel(code)).toBe({ 3: "类", 5: "款", 7: "项" }[code.length]);
    }
    for (const code of Object.keys(ECONOMIC_CODES)) {
      expect(code.startsWith("3")).toBe(true);
      if (code.length === 5) expect(ECONOMIC_CODES[code.slice(0, 3)], code).toBeDefined();
    }
  });

  it("names codes written with spaces", () => {
    expect(codeName("201 03 01")).toBe("行政运行");
    expect(codeName(" 302 31 ")).toBe("公务用车运行维护费");
  });
});
