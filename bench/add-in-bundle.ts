/**
 * The reader and the rules as the add-in runs them: src/ bundled by Vite with the task pane's
 * target (vite.config.ts). Run through tsx instead, every function the code creates is first
 * wrapped to keep its name (tsx's esbuild `keepNames`), which the shipped bundle never pays; the
 * reader's figures are taken on the bundle, with the tsx figure beside them for `budget-lens`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type UserConfig } from "vite";
import addInConfig from "../vite.config";
import type { readDisclosure } from "../src/reader/read-disclosure";
import type { checkReading } from "../src/rules/check";

export interface Core {
  readDisclosure: typeof readDisclosure;
  checkReading: typeof checkReading;
}

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");

/** Bundles the reader and the rules into a temporary folder and loads them. */
export async function loadAddInBundle(): Promise<Core> {
  const outDir = mkdtempSync(join(tmpdir(), "budget-lens-bundle-"));
  try {
    const target = (addInConfig as UserConfig).build?.target ?? "es2020";
    await build({
      configFile: false,
      root,
      logLevel: "warn",
      build: {
        ssr: true,
        outDir,
        emptyOutDir: false,
        target,
        minify: true,
        rollupOptions: {
          input: { read: join(root, "src/reader/read-disclosure.ts"), check: join(root, "src/rules/check.ts") },
          output: { entryFileNames: "[name].mjs", chunkFileNames: "[name]-[hash].mjs" },
        },
      },
      // Everything in the bundle, decimal.js too, as in the add-in.
      ssr: { noExternal: true },
    });
    const read = await import(pathToFileURL(join(outDir, "read.mjs")).href);
    const check = await import(pathToFileURL(join(outDir, "check.mjs")).href);
    return { readDisclosure: read.readDisclosure, checkReading: check.checkReading };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
