/**
 * Associates each BUDGET function with its id in the shared runtime. The id is the export name
 * in capitals, as functions.ts declares it (share → SHARE); a test holds the two in step.
 */
import * as budgetFunctions from "./functions";

export function customFunctionIds(): string[] {
  return Object.keys(budgetFunctions).map((name) => name.toUpperCase());
}

/** Registers every function; does nothing outside Excel (the preview in a plain browser). */
export function registerCustomFunctions(): boolean {
  if (typeof CustomFunctions === "undefined" || typeof CustomFunctions.associate !== "function") return false;
  for (const [name, implementation] of Object.entries(budgetFunctions)) {
    CustomFunctions.associate(name.toUpperCase(), implementation);
  }
  return true;
}
