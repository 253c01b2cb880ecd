/** The whole engine against LocalStack on the host (no Docker): every operation gets verdicts. */
import { describe, expect, it } from "vitest";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { expectHostModeTeardown } from "../../testkit/expectHostModeTeardown.ts";
import { runAgainstEmulator } from "../../testkit/runAgainstEmulator.ts";
import { makePlan } from "../engine/plan.ts";
import { localstackInstalled } from "../targets/localstackTarget.ts";

const installed = localstackInstalled();
const service = loadModelFile("specs/lambda/model.json");

describe.skipIf(!installed)("a full run against LocalStack on the host", () => {
  it("completes, gives all 66 operations verdicts, and leaves only what LocalStack refuses to delete", async () => {
    const operations = new Set<string>();
    const outcome = await runAgainstEmulator(
      "localstack",
      service,
      makePlan(service, { runs: 2, seed: 20261125, phases: ["boundary", "valid", "invalid"] }),
      (r) => operations.add(r.case.operation),
    );
    expect(outcome.aborted).toBeUndefined();
    expect(operations.size).toBe(66);
    expectHostModeTeardown(outcome, "LocalStack");
  }, 300_000);
});

if (!installed)
  it.skip("LocalStack is not installed in .venv-localstack (npm run setup:emulators says why)", () => {});
