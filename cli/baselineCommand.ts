/** `lambda-conformance baseline update --from results.json --to baseline.json`. */
import { parseArgs } from "node:util";
import { readResults } from "../reports/readResults.ts";
import { writeBaseline } from "../reports/writeBaseline.ts";

export async function baselineCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { from: { type: "string", default: "reports/out/results.json" }, to: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals[0] !== "update" || !values.to) {
    console.error("usage: lambda-conformance baseline update --from reports/out/results.json --to FILE");
    return 2;
  }
  const results = await readResults(values.from ?? "reports/out/results.json");
  await writeBaseline(results, values.to);
  console.log(`baseline: ${results.findings.length} findings from ${values.from} → ${values.to}`);
  return 0;
}
