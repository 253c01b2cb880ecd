/** The whole engine against a real moto server the suite starts: all 66 operations × all phases. */
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionOutcome } from "../../cli/session.ts";
import type { CaseResult } from "../../core/caseResult.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { runAgainstEmulator } from "../../testkit/runAgainstEmulator.ts";
import { ALL_PHASES, makePlan } from "../engine/plan.ts";
import { MOTO_VENV, venvBin } from "../targets/venv.ts";

const installed = venvBin(MOTO_VENV, "moto_server") !== undefined;
const service = loadModelFile("specs/lambda/model.json");

describe.skipIf(!installed)("a full run against moto", () => {
  const byOperation = new Map<
    string,
    { cases: number; phases: Set<string>; verdicts: number; unimplemented: number }
  >();
  let outcome: SessionOutcome;

  beforeAll(async () => {
    outcome = await runAgainstEmulator(
      "moto",
      service,
      makePlan(service, { runs: 3, seed: 20261125 }),
      (r: CaseResult) => {
        const t = byOperation.get(r.case.operation) ?? {
          cases: 0,
          phases: new Set<string>(),
          verdicts: 0,
          unimplemented: 0,
        };
        // The stateful phase reports an unimplemented operation once more, for its own commands.
        const unimplementedHere = r.verdicts.some(
          (v) => v.check === "unimplementedOperation" && v.status === "fail",
        );
        if (unimplementedHere && r.case.phase !== "stateful") t.unimplemented++;
        t.cases++;
        t.phases.add(r.case.phase);
        t.verdicts += r.verdicts.filter((v) => v.status !== "notApplicable").length;
        byOperation.set(r.case.operation, t);
      },
      { shrink: true },
    );
  }, 300_000);

  it("completes and gives every one of the 66 operations verdicts", () => {
    expect(outcome.aborted).toBeUndefined();
    expect(byOperation.size).toBe(66);
    for (const [op, t] of byOperation) expect(t.verdicts, op).toBeGreaterThan(0);
  });

  it("runs every per-operation phase of every implemented operation, and the stateful phase", () => {
    const perOperation = ALL_PHASES.filter((p) => p !== "stateful");
    for (const [op, t] of byOperation)
      if (!outcome.unimplemented.includes(op))
        expect([...t.phases], op).toEqual(expect.arrayContaining(perOperation));
    expect(outcome.stateful?.commandsRun).toBeGreaterThan(0);
    expect(outcome.stateful?.leftovers).toEqual([]);
  });

  it("reports what moto does not implement as unimplemented, once per operation", () => {
    for (const op of outcome.unimplemented) expect(byOperation.get(op)?.unimplemented, op).toBe(1);
    expect(outcome.unimplemented.length).toBeGreaterThan(0);
  });

  it("leaves no fixture behind", () => {
    expect(outcome.leftovers).toEqual({ functions: [], layers: [], roles: [] });
    expect(outcome.undeleted).toEqual([]);
    // moto 5.2.5 implements neither code signing configs nor provisioned concurrency: only those are skipped.
    expect(new Set(outcome.fixtures.skipped.map((s) => s.split(" ")[0]))).toEqual(
      new Set(["CreateCodeSigningConfig", "PutProvisionedConcurrencyConfig"]),
    );
  });
});

if (!installed) it.skip("moto is not installed in .venv: run npm run setup:emulators", () => {});
