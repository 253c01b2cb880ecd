/**
 * `lambda-conformance matrix --targets a,b,… [--model FILE] [--seed N] [--runs N] [--ops …] [--phases …] [--out DIR]`:
 * runs every installed emulator of the list with the same seed, one after another, and writes the parity
 * leaderboard. Each run is its own `run` process: its own target start, teardown and Ctrl-C handling.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeFileAtomic } from "../reports/atomicWrite.ts";
import { lineUpCases, lineUpProblems } from "../reports/compare/lineUpCases.ts";
import type { MatrixRun, MatrixSkip } from "../reports/matrix/leaderboard.ts";
import { reachOf } from "../reports/matrix/reach.ts";
import { type MatrixReport, matrixHtml, matrixMarkdown } from "../reports/matrix/renderMatrix.ts";
import { readCases, readResults } from "../reports/readResults.ts";
import { emulatorInstalled } from "../suites/targets/emulatorInstalled.ts";
import { EMULATOR_NAMES, emulatorNamed } from "../suites/targets/emulators.ts";

const BIN = fileURLToPath(new URL("../bin/lambda-conformance.js", import.meta.url));

const USAGE = `usage: lambda-conformance matrix --targets ${EMULATOR_NAMES.join(",")} [--model FILE] [--seed N] [--runs N] [--ops A,B] [--phases P,Q] [--out DIR]`;

export async function matrixCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      targets: { type: "string", default: EMULATOR_NAMES.join(",") },
      model: { type: "string" },
      seed: { type: "string", default: "1" },
      runs: { type: "string" },
      ops: { type: "string" },
      phases: { type: "string" },
      out: { type: "string", default: "reports/out/matrix" },
    },
    strict: true,
  });
  const targets = (values.targets ?? "").split(",").filter(Boolean);
  const unknown = targets.filter((t) => !emulatorNamed(t));
  if (targets.length === 0 || unknown.length > 0) {
    console.error(`lambda-conformance matrix: unknown target(s) ${unknown.join(", ")}\n${USAGE}`);
    return 2;
  }
  const seed = values.seed ?? "1";
  if (!/^\d+$/.test(seed) || (values.runs !== undefined && !/^[1-9]\d*$/.test(values.runs))) {
    console.error(`lambda-conformance matrix: --seed and --runs take whole numbers\n${USAGE}`);
    return 2;
  }
  const out = values.out ?? "reports/out/matrix";
  if (values.model !== undefined && !existsSync(values.model)) {
    console.error(`lambda-conformance matrix: no model file ${values.model}\n${USAGE}`);
    return 2;
  }
  const shared = [
    ...(values.model ? ["--model", values.model] : []),
    "--seed",
    seed,
    ...(values.runs ? ["--runs", values.runs] : []),
    ...(values.ops ? ["--ops", values.ops] : []),
    ...(values.phases ? ["--phases", values.phases] : []),
  ];
  const runs: MatrixRun[] = [];
  const skipped: MatrixSkip[] = [];
  for (const name of targets) {
    const emulator = emulatorNamed(name);
    if (emulator && !emulatorInstalled(emulator)) {
      const reason = `not installed (${emulator.installCommand})`;
      console.error(`lambda-conformance matrix: skipping ${name}: ${reason}`);
      skipped.push({ emulator: name, reason });
      continue;
    }
    console.error(`lambda-conformance matrix: ${name}…`);
    const dir = join(out, name);
    const started = performance.now();
    const code = await runOne(["run", "--target", name, ...shared, "--fail-on", "none", "--out", dir]);
    const seconds = (performance.now() - started) / 1000;
    const file = join(dir, "results.json");
    if (code !== 0 || !existsSync(file)) {
      const reason = `run exited ${code}${existsSync(file) ? "" : " without results.json"} (its output is above)`;
      console.error(`lambda-conformance matrix: ${name}: ${reason}`);
      skipped.push({ emulator: name, reason });
      continue;
    }
    runs.push({
      emulator: name,
      doc: await readResults(file),
      reach: await reachOf(readCases(file)),
      seconds,
    });
  }
  const files = runs.map((r) => join(out, r.emulator, "results.json"));
  const refused = lineUpProblems(runs.map((r) => r.doc));
  const report: MatrixReport = {
    seed: Number(seed),
    runs,
    skipped,
    cases: refused.length > 0 ? { refused } : { lineUp: await lineUpCases(files.map((f) => readCases(f))) },
    command: ["lambda-conformance matrix", ...argv].join(" "),
    ...(values.model ? { model: values.model } : {}),
  };
  await mkdir(out, { recursive: true });
  const markdown = matrixMarkdown(report);
  await writeFileAtomic(join(out, "matrix.md"), markdown);
  await writeFileAtomic(join(out, "matrix.html"), matrixHtml(report));
  console.log(markdown);
  console.log(
    `matrix: ${runs.length} emulators run, ${skipped.length} skipped; written to ${out}/matrix.md and matrix.html`,
  );
  return runs.length > 0 ? 0 : 2;
}

/** One `run` in a child process: its progress and messages on our stderr, its tables not repeated. */
function runOne(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "ignore", "inherit"] });
    child.on("error", () => resolve(2));
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 130 : 2)));
  });
}
