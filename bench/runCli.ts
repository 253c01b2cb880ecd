/** Runs the CLI in a child process through `cliStats.ts` (with the test kit's CLI runner) and returns what it cost that process. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli as runTestkitCli } from "../testkit/reliability/runCli.ts";
import type { CliStats } from "./cliStats.ts";

/** A bench run that has not ended by then is hung, not slow. */
const DEADLINE_MS = 30 * 60_000;

/** `lambda-conformance <argv>` in a fresh node process; its stderr is kept only to explain a failure. */
export async function runCli(argv: readonly string[]): Promise<CliStats & { readonly outDir: string }> {
  const dir = await mkdtemp(join(tmpdir(), "lc-bench-cli-"));
  const statsFile = join(dir, "stats.json");
  const outDir = join(dir, "out");
  const result = await runTestkitCli([...argv, "--out", outDir], {
    env: { ...process.env, BENCH_STATS: statsFile },
    deadlineMs: DEADLINE_MS,
    entry: ["--import", "tsx", new URL("./cliStats.ts", import.meta.url).pathname],
  }).done;
  const { code } = result;
  const stderr = result.stderr.slice(-4000);
  try {
    const stats = JSON.parse(await readFile(statsFile, "utf8")) as CliStats;
    if (stats.exitCode === 2) throw new Error(`run could not complete:\n${stderr}`);
    return { ...stats, outDir };
  } catch (e) {
    throw new Error(
      `bench: lambda-conformance ${argv.join(" ")} failed (exit ${code}): ${(e as Error).message}\n${stderr}`,
    );
  }
}

/** Removes a run's output directory (the parent of `outDir`). */
export async function removeRun(outDir: string): Promise<void> {
  await rm(join(outDir, ".."), { recursive: true, force: true });
}
