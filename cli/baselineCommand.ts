/** `lambda-conformance baseline update --from results.json --to baseline.json [--baseline-prune]`. */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { updateBaseline } from "../reports/baselineLife.ts";
import { readResults } from "../reports/readResults.ts";
import { writeBaseline } from "../reports/writeBaseline.ts";

export async function baselineCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      from: { type: "string", default: "reports/out/results.json" },
      to: { type: "string" },
      "baseline-prune": { type: "boolean", default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals[0] !== "update" || !values.to) {
    console.error(
      "usage: lambda-conformance baseline update --from reports/out/results.json --to FILE [--baseline-prune]",
    );
    return 2;
  }
  const from = values.from ?? "reports/out/results.json";
  const results = await readResults(from);
  // An existing baseline is merged into, so first-seen days, reasons and expiry dates survive.
  const old = existsSync(values.to) ? await readResults(values.to) : undefined;
  const update = updateBaseline(old, results, { prune: values["baseline-prune"] ?? false });
  await writeBaseline(update.doc, values.to);
  console.log(
    `baseline ${values.to}: ${update.added} added, ${update.seenAgain} seen again, ${update.kept} kept unobserved, ${update.pruned} pruned (from ${from})`,
  );
  return 0;
}
