/**
 * `npm run bench:gen`: requests generated per second, per Lambda operation, valid and invalid, on one
 * core (a benchmark, not a timed test). Arbitraries are built once per operation before timing, as
 * the engine does; each phase draws for at least `--ms` milliseconds (default 300).
 */
import fc from "fast-check";
import type { OperationView } from "../core/serviceView.ts";
import { invalidRequests } from "../generators/invalidRequests.ts";
import { validRequests } from "../generators/validRequests.ts";
import { DEFAULT_MODEL_FILE } from "../specs/model/defaultModel.ts";
import { loadModelFile } from "../specs/model/loadModelFile.ts";

const GOAL_AVERAGE = 5000;
const GOAL_FLOOR = 500;
const msArg = process.argv.indexOf("--ms");
const budgetMs = msArg > 0 ? Number(process.argv[msArg + 1]) : 300;
const model = process.argv.find((a) => a.endsWith(".json")) ?? DEFAULT_MODEL_FILE;

let drawn = 0;
let spentMs = 0;

/** Requests per second drawn from an arbitrary, in batches of one `fc.sample` of 50. */
function rate(arbitrary: fc.Arbitrary<unknown>): number {
  fc.sample(arbitrary, { seed: 0, numRuns: 50 }); // warm-up: compile automata, JIT
  let count = 0;
  let seed = 1;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < budgetMs) {
    count += fc.sample(arbitrary, { seed: seed++, numRuns: 50 }).length;
    elapsed = performance.now() - start;
  }
  drawn += count;
  spentMs += elapsed;
  return (count * 1000) / elapsed;
}

const service = loadModelFile(model);
const rows: { op: string; valid: number; invalid: number }[] = [];
for (const op of service.operations.values() as Iterable<OperationView>) {
  let invalid = Number.NaN;
  try {
    invalid = rate(invalidRequests(op));
  } catch {
    // an operation with nothing to break has no invalid rate
  }
  rows.push({ op: op.name, valid: rate(validRequests(op)), invalid });
}

const fmt = (n: number) => (Number.isNaN(n) ? "—" : Math.round(n).toLocaleString("en-US"));
const pad = Math.max(...rows.map((r) => r.op.length));
console.log(`${"operation".padEnd(pad)}  ${"valid/s".padStart(9)}  ${"invalid/s".padStart(9)}`);
for (const r of rows)
  console.log(`${r.op.padEnd(pad)}  ${fmt(r.valid).padStart(9)}  ${fmt(r.invalid).padStart(9)}`);
const rates = rows.flatMap((r) => [r.valid, r.invalid]).filter((n) => !Number.isNaN(n));
const average = rates.reduce((a, b) => a + b, 0) / rates.length;
const slowest = rows
  .flatMap((r) => [
    { name: `${r.op} valid`, n: r.valid },
    { name: `${r.op} invalid`, n: r.invalid },
  ])
  .filter((x) => !Number.isNaN(x.n))
  .sort((a, b) => a.n - b.n)[0];
const median = [...rates].sort((a, b) => a - b)[Math.floor(rates.length / 2)] ?? 0;
console.log(
  `\n${rows.length} operations, ${rates.length} rates: average ${fmt(average)} requests/s (goal ≥ ${fmt(GOAL_AVERAGE)}), ` +
    `median ${fmt(median)}/s, slowest ${slowest?.name} ${fmt(slowest?.n ?? 0)}/s (goal ≥ ${fmt(GOAL_FLOOR)})`,
);
console.log(
  `total: ${drawn.toLocaleString("en-US")} requests in ${(spentMs / 1000).toFixed(1)} s = ${fmt((drawn * 1000) / spentMs)} requests/s`,
);
console.log(average >= GOAL_AVERAGE && (slowest?.n ?? 0) >= GOAL_FLOOR ? "goal met" : "goal NOT met");
