/** Test helper: the CLI run against a loopback endpoint with a long plan, out of a fresh temp directory. */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CliRun, runCli } from "./runCli.ts";
import { SOAK_OPERATIONS } from "./soak.ts";

/** A run of `runs` per phase over the soak operations (long enough to be interrupted), and its --out. */
export async function cliAgainst(
  endpoint: string,
  opts: { runs: number; deadlineMs: number; env?: NodeJS.ProcessEnv; extra?: readonly string[] },
): Promise<{ run: CliRun; out: string }> {
  const out = await mkdtemp(join(tmpdir(), "lc-cli-"));
  const run = runCli(
    [
      "run",
      ...["--target", "endpoint", "--endpoint", endpoint],
      ...["--ops", SOAK_OPERATIONS.join(","), "--phases", "boundary,valid,invalid"],
      ...["--runs", String(opts.runs), "--seed", "3", "--concurrency", "16", "--timeout", "5000"],
      ...["--fail-on", "none", "--out", out],
      ...(opts.extra ?? []),
    ],
    { deadlineMs: opts.deadlineMs, ...(opts.env ? { env: opts.env } : {}) },
  );
  return { run, out };
}

/** The line the CLI prints once fixtures exist and the first cases go out. */
export const STARTED = /lambda-conformance: target endpoint/;
