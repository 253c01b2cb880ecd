/** The whole engine against a real moto server the suite starts: all 66 operations × all phases. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { CHECKS } from "../checks/registry.ts";
import type { CaseResult } from "../engine/caseResult.ts";
import { ALL_PHASES, makePlan } from "../engine/plan.ts";
import { runSession, type SessionOutcome } from "../session.ts";
import { MOTO_VENV, venvBin } from "../targets/venv.ts";

const installed = venvBin(MOTO_VENV, "moto_server") !== undefined;
const service = loadModelFile("specs/lambda/model.json");

describe.skipIf(!installed)("a full run against moto", () => {
  const byOperation = new Map<string, { cases: number; phases: Set<string>; verdicts: number }>();
  let outcome: SessionOutcome;
  const started = Date.now();

  beforeAll(async () => {
    outcome = await runSession(
      {
        service,
        plan: makePlan(service, { runs: 3, seed: 20261125 }),
        checks: CHECKS,
        target: "moto",
        allowRealAws: false,
        concurrency: 8,
        timeoutMs: 20_000,
        transport: "auto",
        shrink: true,
      },
      {
        onCase(r: CaseResult) {
          const t = byOperation.get(r.case.operation) ?? { cases: 0, phases: new Set<string>(), verdicts: 0 };
          t.cases++;
          t.phases.add(r.case.phase);
          t.verdicts += r.verdicts.filter((v) => v.status !== "notApplicable").length;
          byOperation.set(r.case.operation, t);
        },
      },
    );
    console.log(`moto run: ${outcome.cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 300_000);

  afterAll(() => {
    console.log(
      `unimplemented on moto ${outcome?.target.version ?? ""}: ${outcome?.unimplemented.join(", ")}`,
    );
  });

  it("completes and gives every one of the 66 operations verdicts", () => {
    expect(outcome.aborted).toBeUndefined();
    expect(byOperation.size).toBe(66);
    for (const [op, t] of byOperation) expect(t.verdicts, op).toBeGreaterThan(0);
  });

  it("runs every phase of every implemented operation", () => {
    for (const [op, t] of byOperation)
      if (!outcome.unimplemented.includes(op))
        expect([...t.phases].sort(), op).toEqual([...ALL_PHASES].sort());
  });

  it("reports what moto does not implement as unimplemented, once per operation", () => {
    for (const op of outcome.unimplemented) expect(byOperation.get(op)?.cases, op).toBe(1);
    expect(outcome.unimplemented.length).toBeGreaterThan(0);
  });

  it("leaves no fixture behind", () => {
    expect(outcome.leftovers).toEqual({ functions: [], layers: [], roles: [] });
    expect(outcome.fixtures.skipped).toEqual([]);
  });
});

if (!installed) it.skip("moto is not installed in .venv: run npm run setup:emulators", () => {});
