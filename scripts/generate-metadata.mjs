// Generates the custom functions metadata from the JSDoc in functions/functions.ts
// (custom-functions-metadata; never edited by hand) and its zh-CN localization from
// functions/zh-CN.json. Usage: node scripts/generate-metadata.mjs [outDir]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { localizeMetadata } from "./localize-metadata.mjs";

const outDir = process.argv[2] ?? "dist";
const result = await generateCustomFunctionsMetadata("functions/functions.ts", true);
if (result.errors.length > 0) {
  console.error("custom-functions-metadata found errors in functions/functions.ts:");
  for (const error of result.errors) console.error("  " + error);
  process.exit(1);
}
const metadata = JSON.parse(result.metadataJson);
const translation = JSON.parse(readFileSync("functions/zh-CN.json", "utf8"));
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "functions.json"), JSON.stringify(metadata, null, 2) + "\n");
writeFileSync(join(outDir, "functions.zh-CN.json"), JSON.stringify(localizeMetadata(metadata, translation), null, 2) + "\n");
console.log(`metadata: ${metadata.functions.length} functions → ${outDir}/functions.json, ${outDir}/functions.zh-CN.json`);
