/** The two figures measured through the CLI in a child process: a full default run, and a 100,000-case run. */
import { resultFilesRow } from "./resultFiles.ts";
import { removeRun, runCli } from "./runCli.ts";
import { startFakeTarget } from "./startFakeTarget.ts";
import type { Row } from "./table.ts";

const MIB = 2 ** 20;

/** `lambda-conformance run --seed 1 --fail-on none` against moto: all 66 operations, all phases, runs 20, shrinking. */
export async function fullRunRow(log: (line: string) => void): Promise<Row[]> {
  log("full default run: lambda-conformance run --seed 1 --fail-on none");
  const full = await runCli(["run", "--seed", "1", "--fail-on", "none"]);
  const files = await resultFilesRow(full.outDir);
  await removeRun(full.outDir);
  const row: Row = {
    what: "full default run (moto, shrinking)",
    value: `${(full.wallMs / 1000).toFixed(1)} s wall, node CPU ${(full.cpuMs / 1000).toFixed(1)} s, peak RSS ${full.peakRssMiB.toFixed(0)} MiB`,
    goal: "≤ 60 s",
    met: full.wallMs <= 60_000,
  };
  return [row, files];
}

/** About `cases` valid and invalid cases of `ops` against the fake target, no shrinking: peak RSS of the suite process. */
export async function memoryRunRow(
  ops: readonly string[],
  cases: number,
  seed: number,
  log: (line: string) => void,
): Promise<Row> {
  const runs = Math.ceil(cases / (ops.length * 2));
  const total = runs * ops.length * 2;
  log(
    `memory: ${ops.length} operations × valid, invalid × runs ${runs} = ${total} cases against a fake target`,
  );
  const fake = await startFakeTarget();
  const run = await runCli([
    ...["run", "--target", "endpoint", "--endpoint", fake.endpoint, "--ops", ops.join(",")],
    ...[
      "--phases",
      "valid,invalid",
      "--runs",
      String(runs),
      "--no-shrink",
      "--fail-on",
      "none",
      "--seed",
      String(seed),
    ],
  ]).finally(() => fake.stop());
  await removeRun(run.outDir);
  return {
    what: `${total.toLocaleString("en-US")}-case run (fake target)`,
    value: `peak RSS ${run.peakRssMiB.toFixed(0)} MiB (${((run.peakRssMiB * MIB) / 1e6).toFixed(0)} MB), ${(run.wallMs / 1000).toFixed(1)} s wall`,
    goal: "< 500 MB",
    met: run.peakRssMiB * MIB < 500e6,
  };
}
