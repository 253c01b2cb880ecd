/** ministack started by the suite from its venv, end to end on a few operations. */
import { describe, expect, it } from "vitest";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { runAgainstEmulator } from "../../testkit/runAgainstEmulator.ts";
import { makePlan } from "../engine/plan.ts";
import { emulatorInstalled } from "../targets/emulatorInstalled.ts";
import { ministack } from "../targets/ministackTarget.ts";

const installed = emulatorInstalled(ministack);
const service = loadModelFile("specs/lambda/model.json");
const OPS = ["GetAccountSettings", "ListFunctions", "GetFunction", "CreateAlias", "PutFunctionConcurrency"];

describe.skipIf(!installed)("a run against ministack", () => {
  it("starts it, gives every chosen operation verdicts, tears down and names its version", async () => {
    const operations = new Set<string>();
    const outcome = await runAgainstEmulator(
      "ministack",
      service,
      makePlan(service, { ops: OPS, runs: 2, seed: 20261201, phases: ["boundary", "valid", "invalid"] }),
      (r) => operations.add(r.case.operation),
    );
    expect(outcome.aborted).toBeUndefined();
    expect(outcome.target).toMatchObject({ name: "ministack", version: "1.5.33" });
    expect(outcome.target.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect([...operations].sort()).toEqual([...OPS].sort());
    expect(outcome.unimplemented).toEqual([]);
    expect(outcome.fixtures.skipped).toEqual([]);
    expect(outcome.leftovers).toEqual({ functions: [], layers: [], roles: [] });
    expect(outcome.undeleted).toEqual([]);
  }, 300_000);
});

if (!installed)
  it.skip("ministack is not installed in .venv-ministack (npm run setup:emulators says why)", () => {});
