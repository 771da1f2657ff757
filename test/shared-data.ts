/**
 * The real disclosures live in ../shared beside the checkout (CI puts them there). A missing
 * folder is an error, never a skipped test.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

export const SHARED_DIR = resolve(__dirname, "..", "..", "shared");

function requireShared(): string {
  if (!existsSync(join(SHARED_DIR, "disclosures"))) {
    throw new Error(
      `The shared disclosures are missing: expected ${SHARED_DIR}/disclosures beside the checkout. ` +
        "Tests read the real disclosures from there; clone or mount ../shared first.",
    );
  }
  return SHARED_DIR;
}

export function disclosureNames(): string[] {
  return readdirSync(join(requireShared(), "disclosures"))
    .filter((name) => name.endsWith(".txt"))
    .map((name) => name.replace(/\.txt$/, ""))
    .sort();
}

export function readDisclosureText(name: string): string {
  return readFileSync(join(requireShared(), "disclosures", `${name}.txt`), "utf8");
}

export function expectedNames(): string[] {
  return readdirSync(join(requireShared(), "expected"))
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.replace(/\.json$/, ""))
    .sort();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function readExpected(name: string): any {
  return JSON.parse(readFileSync(join(requireShared(), "expected", `${name}.json`), "utf8"));
}
