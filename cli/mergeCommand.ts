/** `lambda-conformance merge DIR…`: the shards of one run → one results.json, JUnit, Markdown and HTML, gated. */
import { statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createReporters } from "../reports/createReporters.ts";
import type { FailOn } from "../reports/diffFindings.ts";
import { mergeShards } from "../reports/mergeShards.ts";
import { readResults } from "../reports/readResults.ts";
import { publishToGitHub } from "./publishGitHub.ts";
import { RUN_OPTIONS } from "./runOptions.ts";

const USAGE =
  "usage: lambda-conformance merge DIR|results.json… [--out DIR] [--baseline FILE] [--fail-on any|new|none]";
const FAIL_ON: readonly FailOn[] = ["any", "new", "none"];

/** A shard's output directory, or its results.json itself. */
function resultsFile(path: string): string {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ? join(path, "results.json") : path;
}

export async function mergeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    // The same flags as `run`'s, so their defaults stay in its one table.
    options: { out: RUN_OPTIONS.out, baseline: RUN_OPTIONS.baseline, "fail-on": RUN_OPTIONS["fail-on"] },
    allowPositionals: true,
    strict: true,
  });
  const failOn = values["fail-on"] as FailOn;
  if (positionals.length === 0 || !FAIL_ON.includes(failOn)) {
    console.error(USAGE);
    return 2;
  }
  const out = values.out;
  const baseline = values.baseline ? await readResults(values.baseline) : undefined;
  const reporters = createReporters(out, { baseline, failOn });
  const shards = await mergeShards(positionals.map(resultsFile), reporters);
  const result = reporters.outcome();
  if (!result) throw new Error("merge: the reports were not written");
  await publishToGitHub(result, failOn);
  const diff = result.diff ? `; ${result.diff.new.length} new against the baseline` : "";
  console.log(
    `merged ${shards.length} shards: ${result.summary.cases} cases, ${result.findings.length} findings${diff}, run ${result.summary.exitReason}; reports in ${out}/`,
  );
  return result.summary.exitReason === "completed" || result.summary.exitReason === "timeBudget"
    ? result.exitCode
    : 2;
}
