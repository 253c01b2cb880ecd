import { afterEach, describe, expect, it } from "vitest";
import type { CaseResult } from "../../core/caseResult.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { type FakeDefect, type FakeLambda, startFakeLambda } from "../../testkit/fakeLambda.ts";
import { CHECKS } from "../checks/registry.ts";
import { PROJECT_ROOT } from "../targets/venv.ts";
import { createRawTransport } from "../transports/rawTransport.ts";
import { createSdkTransport } from "../transports/sdkTransport.ts";
import { runStateful } from "./runStateful.ts";

const service = loadModelFile(`${PROJECT_ROOT}/specs/lambda/model.json`);
const client = { region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } };

let fake: FakeLambda | undefined;
afterEach(async () => fake?.stop());

async function runAgainst(defect: FakeDefect) {
  fake = await startFakeLambda(defect);
  const sdk = createSdkTransport({ endpoint: fake.endpoint, ...client });
  const raw = createRawTransport({ endpoint: fake.endpoint, ...client });
  const results: CaseResult[] = [];
  const outcome = await runStateful({
    service,
    transports: { sdk, raw },
    checks: CHECKS,
    seed: 42,
    runs: 60,
    prefix: "lc-fake-st",
    roleArn: "arn:aws:iam::123456789012:role/lc-fake",
    onCase: (r) => void results.push(r),
  });
  sdk.close();
  raw.close();
  const shrunk = results.filter((r) => r.shrunkFrom !== undefined);
  const reasons = shrunk.flatMap((r) =>
    r.verdicts.filter((v) => v.check === "statefulModel" && v.status === "fail").map((v) => v.reason ?? ""),
  );
  return { outcome, results, shrunk, reasons };
}

/** Number of commands in a `shortest sequence: A → B` reason. */
function sequenceLength(reason: string): number {
  return (reason.split("shortest sequence: ")[1] ?? "").split(" → ").length;
}

describe("runStateful against a deliberately defective fake", () => {
  it("agrees with a correct fake: no divergence, everything unimplemented recorded once", async () => {
    const { outcome, results } = await runAgainst("none");
    expect(outcome.divergenceKinds).toEqual([]);
    expect(outcome.commandsRun).toBeGreaterThan(0);
    expect(outcome.leftovers).toEqual([]);
    for (const op of outcome.unimplemented)
      expect(
        results.filter(
          (r) =>
            r.case.operation === op &&
            r.verdicts.some((v) => v.check === "unimplementedOperation" && v.status === "fail"),
        ),
      ).toHaveLength(1);
  }, 60_000);

  it("catches a RevisionId that never changes and shrinks it to create + one mutation", async () => {
    const { outcome, reasons } = await runAgainst("staticRevision");
    expect(
      outcome.divergenceKinds.some((k) => /^Update(FunctionConfiguration|FunctionCode)\|RevisionId$/.test(k)),
    ).toBe(true);
    const revision = reasons.find((r) => r.startsWith("RevisionId: missing or unchanged"));
    expect(revision).toMatch(/shortest sequence: CreateFunction\(f\d\) → Update/);
    expect(sequenceLength(revision ?? "")).toBe(2);
  }, 60_000);

  it("catches a create that overwrites instead of 409 and shrinks it to two creates", async () => {
    const { outcome, shrunk, reasons } = await runAgainst("duplicateCreate");
    expect(outcome.divergenceKinds).toContain("CreateFunction|status 409 ResourceConflictException→201");
    const conflict = reasons.find((r) => r.includes("409"));
    expect(conflict).toMatch(/shortest sequence: CreateFunction\((f\d)\) → CreateFunction\(\1\)$/);
    // The diverging exchange carries every request of its sequence, in order, itself last.
    const last = shrunk.find((r) => r.verdicts.some((v) => v.reason === conflict));
    expect(last?.sequence?.map((q) => `${q.method} ${new URL(q.url).pathname}`)).toEqual([
      "POST /2015-03-31/functions",
      "POST /2015-03-31/functions",
    ]);
    expect(last?.sequence?.at(-1)).toEqual(last?.request);
    expect(
      shrunk.every((r) => r.replay === "npx lambda-conformance run --phases stateful --seed 42 --runs 60"),
    ).toBe(true);
  }, 60_000);
});
