/** localemu started by the suite from its venv (host mode, no Docker), end to end on a few operations. */
import { describe, expect, it } from "vitest";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { expectHostModeTeardown } from "../../testkit/expectHostModeTeardown.ts";
import { runAgainstEmulator } from "../../testkit/runAgainstEmulator.ts";
import { makePlan } from "../engine/plan.ts";
import { emulatorInstalled } from "../targets/emulatorInstalled.ts";
import { localemu } from "../targets/localemuTarget.ts";

const installed = emulatorInstalled(localemu);
const service = loadModelFile("specs/lambda/model.json");
const OPS = ["GetAccountSettings", "ListFunctions", "GetFunction", "CreateAlias", "PutFunctionConcurrency"];

describe.skipIf(!installed)("a run against localemu", () => {
  it("starts it, gives every chosen operation verdicts, tears down and names its version", async () => {
    const operations = new Set<string>();
    const outcome = await runAgainstEmulator(
      "localemu",
      service,
      makePlan(service, { ops: OPS, runs: 2, seed: 20261203, phases: ["boundary", "valid", "invalid"] }),
      (r) => operations.add(r.case.operation),
    );
    expect(outcome.aborted).toBeUndefined();
    expect(outcome.target).toMatchObject({ name: "localemu", version: "1.3.2" });
    expect(outcome.target.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect([...operations].sort()).toEqual([...OPS].sort());
    expect(outcome.unimplemented).toEqual([]);
    expectHostModeTeardown(outcome, "localemu");
  }, 300_000);
});

if (!installed)
  it.skip("localemu is not installed in .venv-localemu (npm run setup:emulators says why)", () => {});
