/**
 * The sensitivity self-test (#15): a proxy in front of each emulator injects one conformance fault at a
 * time into its real answers, and the gate must report each as a new finding against a baseline run of
 * the unmutated emulator — also where the cell already fails for another reason.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSession } from "../../cli/session.ts";
import type { Finding } from "../../core/finding.ts";
import { diffFindings } from "../../reports/diffFindings.ts";
import { FindingAccumulator } from "../../reports/findingAccumulator.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { CHECKS } from "../../suites/checks/registry.ts";
import { makePlan } from "../../suites/engine/plan.ts";
import { emulatorInstalled } from "../../suites/targets/emulatorInstalled.ts";
import { emulatorNamed } from "../../suites/targets/emulators.ts";
import { startEmulator } from "../../suites/targets/startEmulator.ts";
import type { Target } from "../../suites/targets/target.ts";
import { type MutationProxy, startMutationProxy } from "./mutationProxy.ts";
import { type ExpectedFinding, MUTATIONS, type Mutation, PROTOCOL_MUTATIONS } from "./mutations.ts";

const service = loadModelFile("specs/lambda/model.json");
// The operations the mutations bend; valid cases reach their 2xx answers, invalid ones their 4xx.
const plan = makePlan(service, {
  ops: ["ListFunctions", "GetFunction", "GetFunctionConfiguration"],
  phases: ["valid", "invalid"],
  runs: 3,
  seed: 20261202,
});
// The protocol faults: two reads probe signing, paths and methods (24 requests a run).
const protocolPlan = makePlan(service, {
  ops: ["ListFunctions", "GetFunction"],
  phases: ["protocol"],
  runs: 1,
  seed: 20261202,
});

/** One in-process run through the proxy with `mutation` applied once the fixtures exist. */
async function findingsWith(
  proxy: MutationProxy,
  mutation: Mutation | undefined,
  planned: typeof plan = plan,
): Promise<Finding[]> {
  proxy.mutate(undefined);
  const findings = new FindingAccumulator();
  const outcome = await runSession(
    {
      service,
      plan: planned,
      checks: CHECKS,
      target: "endpoint",
      endpoint: proxy.endpoint,
      allowRealAws: false,
      concurrency: 8,
      timeoutMs: 20_000,
      transport: "auto",
      shrink: false,
    },
    { onStart: () => proxy.mutate(mutation), onCase: (r) => findings.add(r) },
  );
  expect(outcome.aborted).toBeUndefined();
  return findings.findings();
}

function matches(f: Finding, e: ExpectedFinding): boolean {
  return f.operation === e.operation && f.check === e.check && f.signature.includes(e.signatureIncludes);
}

for (const name of ["moto", "localstack"]) {
  const emulator = emulatorNamed(name);
  const installed = emulator !== undefined && emulatorInstalled(emulator);

  describe.skipIf(!installed)(`sensitivity against ${name}`, () => {
    let target: Target;
    let proxy: MutationProxy;
    let baseline: Finding[];
    let protocolBaseline: Finding[];
    let started = 0;
    /** Mutations flagged in a cell (operation, check) the baseline already failed. */
    const inFailingCells: string[] = [];

    beforeAll(async () => {
      started = Date.now();
      target = await startEmulator(emulator as NonNullable<typeof emulator>);
      proxy = await startMutationProxy(target.endpoint);
      baseline = await findingsWith(proxy, undefined);
      protocolBaseline = await findingsWith(proxy, undefined, protocolPlan);
    }, 150_000);

    afterAll(async () => {
      await proxy?.close();
      await target?.stop();
      console.log(
        `${name}: sensitivity self-test took ${((Date.now() - started) / 1000).toFixed(1)} s; flagged in already-failing cells: ${inFailingCells.join(", ")}`,
      );
    });

    it.each([
      ...MUTATIONS.map((mutation) => ({ mutation, protocol: false })),
      ...PROTOCOL_MUTATIONS.map((mutation) => ({ mutation, protocol: true })),
    ])(
      "flags $mutation.name as new",
      async ({ mutation, protocol }) => {
        const against = protocol ? protocolBaseline : baseline;
        const found = await findingsWith(proxy, mutation, protocol ? protocolPlan : plan);
        expect(proxy.bent(), `${mutation.name} bent no answer of ${name}`).toBeGreaterThan(0);
        const before = against.filter(
          (f) => f.operation === mutation.expect.operation && f.check === mutation.expect.check,
        );
        const cellFailed = before.length > 0;
        const added = diffFindings(found, against).new;
        const flagged = added.filter((f) => matches(f, mutation.expect));
        const shown = [...new Set(flagged.map((f) => `${f.operation} ${f.check} ${f.signature}`))];
        console.log(
          `${name}: ${mutation.name} → ${shown.join(" | ") || "NOT FLAGGED"}${cellFailed ? ` (cell already failing: ${[...new Set(before.map((f) => `${f.violationKind} ${f.signature}`))].join(" | ")})` : ""}`,
        );
        expect(
          flagged.length,
          `new: ${added.map((f) => `${f.operation} ${f.check} ${f.violationKind} ${f.signature}`).join("; ")}`,
        ).toBeGreaterThan(0);
        if (cellFailed) inFailingCells.push(mutation.name);
      },
      60_000,
    );

    it("flags faults in cells that already fail for another reason", () => {
      expect(inFailingCells.length).toBeGreaterThan(0);
    });

    it("reports nothing new for a second unmutated run (the gate is not noisy)", async () => {
      const again = await findingsWith(proxy, undefined);
      expect(diffFindings(again, baseline).new).toEqual([]);
      const protocolAgain = await findingsWith(proxy, undefined, protocolPlan);
      expect(diffFindings(protocolAgain, protocolBaseline).new).toEqual([]);
    }, 90_000);
  });

  if (!installed) it.skip(`${name} is not installed (npm run setup:emulators says why)`, () => {});
}
