/**
 * The ownership guard's acceptance test, for any target the suite can start: seed foreign resources
 * named with the document's edge values, snapshot them, run the real CLI against the target as a plain
 * `--endpoint` (so the default mode, shared, is in force), and snapshot again.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunSummary } from "../../reports/reporter.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { fixtureClients } from "../../suites/resources/fixtureClients.ts";
import { startTarget } from "../../suites/targets/startTarget.ts";
import { type CliResult, runCli } from "../reliability/runCli.ts";
import { edgeNames, type ForeignSet, seedForeign, snapshotForeign } from "./foreignAccount.ts";

export interface GuardedRun {
  readonly seeded: ForeignSet;
  readonly before: Record<string, unknown>;
  readonly after: Record<string, unknown>;
  readonly cli: CliResult;
  readonly summary: RunSummary;
  /** The run's --out directory. */
  readonly out: string;
}

/** Starts `emulator`, seeds it, runs the CLI with `args` against it, and stops it. */
export async function guardedRun(
  emulator: string,
  args: readonly string[],
  deadlineMs: number,
): Promise<GuardedRun> {
  const target = await startTarget(emulator);
  const clients = fixtureClients({ endpoint: target.endpoint, timeoutMs: 20_000 });
  try {
    const seeded = await seedForeign(
      clients.lambda,
      clients.iam as NonNullable<typeof clients.iam>,
      edgeNames(loadModelFile("specs/lambda/model.json")),
    );
    const before = await snapshotForeign(clients.lambda, seeded);
    const out = await mkdtemp(join(tmpdir(), "lc-guard-"));
    const cli = await runCli(
      [
        "run",
        "--target",
        "endpoint",
        "--endpoint",
        target.endpoint,
        "--fail-on",
        "none",
        "--out",
        out,
        ...args,
      ],
      { deadlineMs },
    ).done;
    const after = await snapshotForeign(clients.lambda, seeded);
    const text = await readFile(join(out, "results.json"), "utf8").catch(() => "{}");
    const summary = (JSON.parse(text) as { summary?: RunSummary }).summary as RunSummary;
    return { seeded, before, after, cli, summary, out };
  } finally {
    clients.close();
    await target.stop();
  }
}
