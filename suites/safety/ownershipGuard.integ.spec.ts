/**
 * Shared mode against a real moto, and a real LocalStack, holding someone else's resources, named with the document's edge
 * values: the CLI run as a plain `--endpoint` leaves every one exactly as it was, and says what it did
 * not send. The control run declares the account disposable and does change them, so the comparison
 * can fail. The operations cover every kind of resource the guard reads (function, qualifier and ARN
 * forms, layer, layer version, tags) in about 200 cases; the full default run is measured in
 * docs/reliability.md.
 */
import { describe, expect, it } from "vitest";
import { guardedRun } from "../../testkit/safety/guardedRun.ts";
import { localstackInstalled } from "../targets/localstackTarget.ts";
import { MOTO_VENV, venvBin } from "../targets/venv.ts";

const motoInstalled = venvBin(MOTO_VENV, "moto_server") !== undefined;

const OPS = [
  "DeleteFunction",
  "DeleteAlias",
  "PutFunctionConcurrency",
  "RemovePermission",
  "DeleteFunctionUrlConfig",
  "DeleteFunctionEventInvokeConfig",
  "PublishLayerVersion",
  "DeleteLayerVersion",
  "RemoveLayerVersionPermission",
  "TagResource",
  "UntagResource",
].join(",");

for (const [emulator, installed] of [
  ["moto", motoInstalled],
  ["localstack", localstackInstalled()],
] as const)
  describe.skipIf(!installed)(`the ownership guard on ${emulator} with foreign resources`, () => {
    it("changes and deletes none of them in the shared mode, and lists what it skipped", {
      timeout: 180_000,
    }, async () => {
      const run = await guardedRun(
        emulator,
        ["--ops", OPS, "--phases", "boundary,invalid,valid", "--runs", "1", "--seed", "20261203"],
        150_000,
      );
      expect(run.cli.code, run.cli.stderr.slice(-2000)).toBe(0);
      expect(run.cli.stderr).toMatch(/account shared \(ownership guard on/);
      expect(run.seeded.functions).toContain("a");
      expect(run.seeded.layers.map((l) => l.name)).toContain("a");
      expect(run.after).toEqual(run.before);
      const skipped = run.summary.skipped ?? [];
      expect(skipped.find((s) => s.operation === "DeleteFunction" && s.phase === "boundary")?.reason).toMatch(
        /function `a`, which this run did not create/,
      );
    });
  });

describe.skipIf(!motoInstalled)("the foreign-resource comparison", () => {
  it("sees the change once the account is declared disposable (it can fail)", {
    timeout: 120_000,
  }, async () => {
    const run = await guardedRun(
      "moto",
      [
        "--ops",
        "DeleteFunction",
        "--phases",
        "boundary",
        "--runs",
        "1",
        "--seed",
        "20261203",
        "--account",
        "disposable",
      ],
      90_000,
    );
    expect(run.cli.stderr).toMatch(/account disposable/);
    expect(run.after["function a"]).not.toEqual(run.before["function a"]);
    expect(run.summary.skipped).toBeUndefined();
  });
});
