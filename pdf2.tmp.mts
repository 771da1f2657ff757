import { readFileSync } from "node:fs";
import { readDisclosure } from "./src/reader/read-disclosure";
import { checkReading } from "./src/rules/check";
for (const f of ["shanghai-putuo-wanli-2024", "shanghai-putuo-welfare-home-2024", "shanghai-putuo-finance-bureau-2025"]) {
  const a = readDisclosure(readFileSync(`/tmp/${f}.txt`, "utf8"));
  const findings = checkReading(a);
  console.log(f, a.unit, a.year, a.kind, Object.entries(a.tables).map(([k, t]) => k + ":" + t!.status + ":" + ((t as any).rows ?? (t as any).expense ?? []).length).join(" "), "findings", findings.map(x => x.severity[0]).join(""));
  for (const x of findings.filter(x => x.severity !== "rounding").slice(0, 6)) console.log("   ", x.message.slice(0, 150));
}
