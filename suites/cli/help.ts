import { EMULATORS } from "../targets/emulators.ts";

const COLUMN = " ".repeat(42);

/** One line per emulator of the table: how it gets installed, and its licence. */
const emulatorLines = EMULATORS.map(
  (e) =>
    `${COLUMN}${e.name.padEnd(11)} ${e.setup === "onRequest" ? `only after \`${e.installCommand}\` (a long build)` : "installed on first use"}; ${e.license}`,
).join("\n");

/** The text of `lambda-conformance --help`. */
export const HELP = `lambda-conformance — conformance tests for the AWS Lambda API (2015-03-31)

Usage:
  lambda-conformance run [options]        send generated requests to a target and judge every response
  lambda-conformance baseline update --from DIR/results.json --to FILE
                                          keep a run's findings as the baseline for --fail-on new
  lambda-conformance compare A/results.json B/results.json [--out DIR]
                                          side-by-side parity of two targets (Markdown and HTML)

Targets (run):
  --target ${[...EMULATORS.map((e) => e.name), "endpoint"].join("|")}
${COLUMN}default: moto; an emulator is started on a free loopback port and
${COLUMN}stopped after; endpoint is --endpoint's URL
${emulatorLines}
  --endpoint URL                          any endpoint (also AWS_ENDPOINT_URL_LAMBDA, AWS_ENDPOINT_URL)
  --region NAME                           default: AWS_REGION, else us-east-1
  --allow-real-aws                        allow calls to real AWS (creates and deletes resources)
  --allow-costly                          with real AWS, also create hourly-billed resources
                                          (provisioned concurrency; skipped otherwise)
  --role-arn ARN                          execution role for fixtures on real AWS

What to run:
  --ops A,B                               operations (default: all 66)
  --phases boundary,valid,invalid         default: all three
  --checks name,…                         default: all checks
  --runs N                                generated cases per operation and phase (default 20)
  --seed N                                makes the run reproducible (printed at the start)
  --replay PATH                           resend one case: use the replay line from a report
  --transport auto|sdk|raw                auto: valid cases via the SDK, invalid ones via raw HTTP
  --no-shrink                             do not shrink failures to a minimal request

Execution and output:
  --concurrency N                         requests in flight (default 8)
  --timeout MS                            per request, headers and body (default 30000)
  --out DIR                               results.json, junit.xml, report.md, report.html (default reports/out)
  --baseline FILE  --fail-on any|new|none gate: "new" exits 1 only for findings absent from the baseline;
                                          "none" reports without gating

Exit codes: 0 conformant, 1 non-conformant, 2 could not run (bad flags, unreachable endpoint, …).
Example:
  npx lambda-conformance run --ops ListFunctions,GetFunction --runs 10 --seed 42
`;
