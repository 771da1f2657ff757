/**
 * The custom functions metadata: generated from the JSDoc (never by hand), every function the
 * add-in promises, registered under the id the metadata gives it, and the zh-CN metadata in step.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { customFunctionIds, registerCustomFunctions } from "../functions/register";
import zhCN from "../functions/zh-CN.json";

const DIST = resolve(__dirname, "..", "dist");
const EXPECTED_IDS = [
  "SHARE", "YOY", "CHANGE", "PREVIOUS", "PREVIOUSBYRATE", "PERCAPITA", "SUBSIDY", "RECONCILE",
  "ROUNDINGTOLERANCE", "CODENAME", "CODELEVEL", "CODEPARENT", "WAN", "YUAN",
];

interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; type: string; dimensionality?: string; optional?: boolean }[];
}
const readJson = (file: string) => JSON.parse(readFileSync(resolve(DIST, file), "utf8")) as { functions: FunctionMetadata[] };

describe("custom functions metadata", () => {
  it("dist/functions.json is exactly what custom-functions-metadata generates from functions.ts", async () => {
    const generated = await generateCustomFunctionsMetadata(resolve(__dirname, "..", "functions", "functions.ts"));
    expect(generated.errors).toEqual([]);
    expect(readJson("functions.json")).toEqual(JSON.parse(generated.metadataJson));
    for (const association of generated.associate) {
      expect(association.id).toBe(association.functionName.toUpperCase());
    }
  });

  it("lists every BUDGET function", () => {
    expect(readJson("functions.json").functions.map((f) => f.id).sort()).toEqual([...EXPECTED_IDS].sort());
  });

  it("registers each function under its metadata id", () => {
    expect(customFunctionIds().sort()).toEqual([...EXPECTED_IDS].sort());
    expect(registerCustomFunctions()).toBe(true);
    const associations = (CustomFunctions as unknown as { __associations: Map<string, unknown> }).__associations;
    expect([...associations.keys()].sort()).toEqual([...EXPECTED_IDS].sort());
  });

  it("declares optional parameters and ranges as the functions take them", () => {
    const byId = new Map(readJson("functions.json").functions.map((f) => [f.id, f]));
    expect(byId.get("YOY")!.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([
      ["current", false], ["previous", false], ["newItemAs", true],
    ]);
    expect(byId.get("SHARE")!.parameters[0].dimensionality).toBe("matrix");
    expect(byId.get("RECONCILE")!.parameters[1].dimensionality).toBe("matrix");
  });

  it("the zh-CN translation has exactly the ids and parameters of functions.json", () => {
    const functions = readJson("functions.json").functions;
    expect(Object.keys(zhCN).sort()).toEqual(functions.map((f) => f.id).sort());
    for (const fn of functions) {
      const translation = (zhCN as Record<string, { parameters: Record<string, unknown> }>)[fn.id];
      expect(Object.keys(translation.parameters), fn.id).toEqual(fn.parameters.map((p) => p.name));
    }
  });

  it("dist/functions.zh-CN.json matches functions.json but for Chinese names and descriptions", () => {
    const en = readJson("functions.json").functions;
    const zh = readJson("functions.zh-CN.json").functions;
    expect(zh.map((f) => f.id)).toEqual(en.map((f) => f.id));
    const names = new Set<string>();
    zh.forEach((fn, i) => {
      expect(fn.parameters.length, fn.id).toBe(en[i].parameters.length);
      fn.parameters.forEach((p, j) => {
        expect(p.type).toBe(en[i].parameters[j].type);
        expect(p.dimensionality).toBe(en[i].parameters[j].dimensionality);
        expect(Boolean(p.optional)).toBe(Boolean(en[i].parameters[j].optional));
      });
      // Excel: a name starts with a letter, has at least three characters, letters/digits/_/. only.
      expect(fn.name, fn.id).toMatch(/^\p{L}[\p{L}\p{N}_.]{2,}$/u);
      expect(fn.description).toMatch(/\p{Script=Han}/u);
      names.add(fn.name);
    });
    expect(names.size).toBe(zh.length);
  });
});
