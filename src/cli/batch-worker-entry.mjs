// Starts a batch worker thread on the TypeScript sources through tsx, as bin/budget-lens.mjs does
// for the command itself.
import { register } from "tsx/esm/api";

register();
await import("./batch-worker.ts");
