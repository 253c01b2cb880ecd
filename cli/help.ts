/** The text of `lambda-conformance --help`: the commands, then every `run` option rendered from its table. */
import { HELP_SECTIONS, RUN_OPTIONS } from "./runOptions.ts";

const COLUMN = 42;

/** `  --flag ARG` padded to the text column, continuation lines of the text aligned under it. */
function optionLines(flag: string, option: { readonly arg?: string; readonly text: string }): string[] {
  const head = `  --${flag}${option.arg ? ` ${option.arg}` : ""}`;
  const [first = "", ...rest] = option.text.split("\n");
  const lines = head.length < COLUMN ? [head.padEnd(COLUMN) + first] : [head, " ".repeat(COLUMN) + first];
  return [...lines, ...rest.map((line) => " ".repeat(COLUMN) + line)];
}

function optionSections(): string {
  const entries = Object.entries(RUN_OPTIONS) as [string, { section: string; arg?: string; text: string }][];
  return HELP_SECTIONS.map((section) =>
    [
      `${section}:`,
      ...entries.filter(([, o]) => o.section === section).flatMap(([flag, o]) => optionLines(flag, o)),
    ].join("\n"),
  ).join("\n\n");
}

export const HELP = `lambda-conformance — conformance tests for the AWS Lambda API (2015-03-31)

Usage:
  lambda-conformance run [options]        send generated requests to a target and judge every response
  lambda-conformance merge DIR… [--out DIR] [--baseline FILE] [--fail-on any|new|none]
                                          join the results of run --shard 1/n … n/n into one run's reports
  lambda-conformance baseline update --from DIR/results.json --to FILE [--baseline-prune]
                                          merge a run's findings into the baseline for --fail-on new
                                          (first/last seen kept; --baseline-prune drops entries the run
                                          tested and did not reproduce)
  lambda-conformance compare A/results.json B/results.json [--out DIR]
                                          side-by-side parity of two targets (Markdown and HTML), and
                                          case by case where they answered differently (same seed and model)
  lambda-conformance matrix --targets moto,localstack,… [--model FILE] [--seed N] [--runs N] [--ops A,B] [--phases P] [--out DIR]
                                          run each installed emulator with one seed: parity leaderboard
  lambda-conformance calibrate [--responses FILE] [--checks name,…]
                                          judge recorded responses (default: the shared real-AWS set)
                                          with the run's checks; exit 1 on any fail (docs/calibration.md)

${optionSections()}

Exit codes: 0 conformant, 1 non-conformant, 2 could not run (bad flags, unreachable endpoint, …).
Example:
  npx lambda-conformance run --ops ListFunctions,GetFunction --runs 10 --seed 42
`;
