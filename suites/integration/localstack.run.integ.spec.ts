/** The whole engine against LocalStack on the host (no Docker): every operation gets verdicts. */
import { describe, expect, it } from "vitest";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
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
    // Without Docker a LocalStack function never becomes Active, so provisioned concurrency on its
    // version fails ("Could not find version"): the one fixture step it cannot take.
    expect(outcome.fixtures.skipped.map((step) => step.split(" ")[0])).toEqual([
      "PutProvisionedConcurrencyConfig",
    ]);
    // Host-mode LocalStack cannot fetch its runtime here, so functions end in state Failed, and
    // DeleteFunction answers InternalError for them: the sweep reports those, nothing else is left.
    if (outcome.leftovers.functions.length > 0)
      console.log(`LocalStack refused to delete: ${outcome.leftovers.functions.join(", ")}`);
    expect(outcome.leftovers.functions.every((f) => f.startsWith(outcome.fixtures.prefix))).toBe(true);
    expect(outcome.leftovers.layers).toEqual([]);
    expect(outcome.leftovers.roles).toEqual([]);
    // Code signing configs, mappings and layer versions created by generated requests were all deleted;
    // functions they created (boundary names such as `a`) end Failed too and may be refused likewise.
    const refused = outcome.undeleted.filter((u) => u.startsWith("CreateFunction:"));
    if (refused.length > 0) console.log(`LocalStack refused to delete: ${refused.join(", ")}`);
    expect(outcome.undeleted.filter((u) => !u.startsWith("CreateFunction:"))).toEqual([]);
  }, 300_000);
});

if (!installed)
  it.skip("LocalStack is not installed in .venv-localstack (npm run setup:emulators says why)", () => {});
