/**
 * The exported pytest file, proven on real moto: a small moto run's results.json is exported, pytest in
 * the moto venv collects it without error, and against a fresh moto every exported test fails with the
 * check's assertion (none passes, none errors in set-up); a stateful finding replays its whole command
 * sequence and fails on its last answer, and only one whose model check is a body tag (not exportable) skips.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMoto } from "../../suites/targets/motoTarget.ts";
import type { Target } from "../../suites/targets/target.ts";
import { MOTO_VENV, venvBin } from "../../suites/targets/venv.ts";
import { runCli } from "../../testkit/reliability/runCli.ts";

const run = promisify(execFile);
const python = venvBin(MOTO_VENV, "python");
const motoServer = venvBin(MOTO_VENV, "moto_server");
const hasPytest = python !== undefined && existsSync(join(MOTO_VENV, "bin", "pytest"));
if (!motoServer || !hasPytest)
  console.warn(
    `pytestExport.integ.spec: skipped, ${MOTO_VENV} lacks ${motoServer ? "pytest" : "moto_server"}; run \`npm run setup:emulators\``,
  );

describe.skipIf(!motoServer || !hasPytest)("export pytest on real moto", () => {
  const dir = mkdtempSync(join(tmpdir(), "lc-pytest-"));
  const file = join(dir, "test_findings.py");
  let target: Target | undefined;
  let findings: { check: string; signature: string; example: { phase: string; sequence?: unknown[] } }[] = [];

  beforeAll(async () => {
    const runArgs = [
      "run",
      "--target",
      "moto",
      "--ops",
      "GetAlias,AddPermission",
      "--runs",
      "3",
      "--seed",
      "1",
    ];
    const done = await runCli(
      [...runArgs, "--phases", "valid,invalid,stateful", "--no-shrink", "--fail-on", "none", "--out", dir],
      {
        deadlineMs: 60_000,
      },
    ).done;
    expect(done.code, done.stderr.slice(-2000)).toBe(0);
    findings = JSON.parse(readFileSync(join(dir, "results.json"), "utf8")).findings;
    const exported = await runCli(["export", "pytest", "--from", join(dir, "results.json"), "--out", file], {
      deadlineMs: 30_000,
    }).done;
    expect(exported.code, exported.stderr).toBe(0);
    target = await startMoto();
  }, 120_000);

  afterAll(async () => {
    await target?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is collected by pytest without errors, one test per finding", async () => {
    const { stdout } = await run(python as string, [
      "-m",
      "pytest",
      "--collect-only",
      "-q",
      "-p",
      "no:cacheprovider",
      file,
    ]);
    expect(findings.length).toBeGreaterThan(0);
    expect(stdout).toContain(`${findings.length} tests collected`);
  });

  it("fails on moto exactly for the findings it stands for: every test an AssertionError of its check", async () => {
    const junit = join(dir, "junit.xml");
    await run(
      python as string,
      ["-m", "pytest", "-q", "-p", "no:cacheprovider", `--junitxml=${junit}`, file],
      {
        env: { ...process.env, AWS_ENDPOINT_URL_LAMBDA: target?.endpoint ?? "" },
        timeout: 90_000,
      },
    ).catch((e: { code?: number }) => {
      if (e.code !== 1) throw e; // 1: tests failed, which is what they should do
    });
    const xml = readFileSync(junit, "utf8");
    const failures = [...xml.matchAll(/<failure message="([^"]*)"/g)].map((m) => m[1] ?? "");
    const errors = (xml.match(/<error /g) ?? []).length;
    const skipped = (xml.match(/<skipped /g) ?? []).length;
    const unexportable = findings.filter(
      (f) => f.check === "statefulModel" && !f.signature.startsWith("status "),
    ).length;
    expect(
      findings.filter((f) => f.example.phase === "stateful" && f.example.sequence).length,
    ).toBeGreaterThan(0);
    expect(errors).toBe(0);
    expect(skipped).toBe(unexportable);
    expect(failures).toHaveLength(findings.length - unexportable);
    for (const message of failures) expect(message).toMatch(/^AssertionError/);
  }, 120_000);
});
