/** Runs the CLI in a child process through `cliStats.ts` and returns what it cost that process. */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliStats } from "./cliStats.ts";

/** `lambda-conformance <argv>` in a fresh node process; its stderr is kept only to explain a failure. */
export async function runCli(argv: readonly string[]): Promise<CliStats & { readonly outDir: string }> {
  const dir = await mkdtemp(join(tmpdir(), "lc-bench-cli-"));
  const statsFile = join(dir, "stats.json");
  const outDir = join(dir, "out");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", new URL("./cliStats.ts", import.meta.url).pathname, ...argv, "--out", outDir],
    { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, BENCH_STATS: statsFile } },
  );
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => {
    stderr = (stderr + d).slice(-4000);
  });
  const [code] = await once(child, "exit");
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
