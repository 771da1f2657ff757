/**
 * npm run bench: prints the speed figures the issues set goals for. It measures; it does not
 * fail on a slow machine (the tests check behaviour, not time).
 */
import "./host";
import { benchFunctions } from "./functions.bench";
import { benchReader } from "./reader.bench";
import { benchBatch } from "./batch.bench";
import { benchTaskpane } from "./taskpane.bench";
import { benchPdf } from "./pdf.bench";

console.log(`BudgetLens benchmark — node ${process.version}, ${process.platform}/${process.arch}`);
benchFunctions();
benchReader();
await benchPdf();
await benchBatch();
await benchTaskpane();
