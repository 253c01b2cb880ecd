import { CreateRoleCommand, DeleteRoleCommand, IAMClient } from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseResult } from "../../core/caseResult.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { CHECKS } from "../checks/registry.ts";
import { PROBE_CHECKS } from "../protocol/runProtocol.ts";
import { startMoto } from "../targets/motoTarget.ts";
import type { Target } from "../targets/target.ts";
import { MOTO_VENV, PROJECT_ROOT, venvBin } from "../targets/venv.ts";
import { createRawTransport } from "../transports/rawTransport.ts";
import { createSdkTransport } from "../transports/sdkTransport.ts";
import type { Family } from "./commandSpec.ts";
import { runStateful } from "./runStateful.ts";

const installed = venvBin(MOTO_VENV, "moto_server") !== undefined;
const service = loadModelFile(`${PROJECT_ROOT}/specs/lambda/model.json`);
const client = { region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } };
const FAMILIES: readonly Family[] = [
  "functions",
  "versions",
  "aliases",
  "revisions",
  "permissions",
  "layerPermissions",
  "tags",
  "concurrency",
  "eventInvokeConfig",
  "functionUrl",
  "runtimeManagement",
  "codeSigning",
  "provisionedConcurrency",
  "layers",
  "invoke",
];

describe.skipIf(!installed)("stateful phase against a real moto server", () => {
  let moto: Target;
  let roleArn: string;
  beforeAll(async () => {
    moto = await startMoto();
    const iam = new IAMClient({ endpoint: moto.endpoint, ...client });
    const role = await iam.send(
      new CreateRoleCommand({ RoleName: "lc-integ-st-role", AssumeRolePolicyDocument: "{}" }),
    );
    roleArn = role.Role?.Arn ?? "";
    iam.destroy();
  }, 30_000);
  afterAll(async () => {
    if (moto) {
      const iam = new IAMClient({ endpoint: moto.endpoint, ...client });
      await iam.send(new DeleteRoleCommand({ RoleName: "lc-integ-st-role" })).catch(() => undefined);
      iam.destroy();
      await moto.stop();
    }
  });

  async function run(seed: number, runs: number) {
    const sdk = createSdkTransport({ endpoint: moto.endpoint, ...client });
    const raw = createRawTransport({ endpoint: moto.endpoint, ...client });
    const results: CaseResult[] = [];
    const started = Date.now();
    const outcome = await runStateful({
      service,
      transports: { sdk, raw },
      // As a session passes them: the protocol phase's checks judge only its own probes.
      checks: CHECKS.filter((c) => !PROBE_CHECKS.has(c.name)),
      seed,
      runs,
      prefix: `lc-integ${seed}-st`,
      roleArn,
      onCase: (r) => void results.push(r),
    });
    sdk.close();
    raw.close();
    return { outcome, results, ms: Date.now() - started };
  }

  it("runs=5 completes well under 60 s, with well-formed results and nothing left behind", async () => {
    const { outcome, results, ms } = await run(7, 5);
    expect(ms).toBeLessThan(30_000);
    expect(outcome.commandsRun).toBeGreaterThan(0);
    expect(outcome.leftovers).toEqual([]);
    for (const r of results) {
      expect(r.id).toMatch(/^\w+\/stateful\/\d+\.\d+$/);
      expect(r.case.phase).toBe("stateful");
      expect(r.replay).toBe("npx lambda-conformance run --phases stateful --seed 7 --runs 5");
      expect(r.request.headers.authorization ?? "<redacted>").toBe("<redacted>");
      expect(r.verdicts.at(-1)?.check).toBe("statefulModel");
    }
  }, 60_000);

  it("exercises every command family and records what moto diverges on", async () => {
    const { outcome, results, ms } = await run(7, 20);
    expect(FAMILIES.filter((f) => !outcome.families[f])).toEqual([]);
    expect(outcome.leftovers).toEqual([]);
    const shrunk = results.filter((r) => r.shrunkFrom !== undefined);
    const shrunkReasons = shrunk.flatMap((r) =>
      r.verdicts
        .filter((v) => v.check === "statefulModel" && v.status === "fail")
        .map((v) => `${r.id}: ${v.reason}`),
    );
    const groups = new Set(shrunk.map((r) => r.shrunkFrom));
    const withSequence = shrunkReasons.filter((r) => r.includes("shortest sequence: "));
    expect(withSequence).toHaveLength(groups.size);
    expect(groups.size).toBe(outcome.shrunk);
    // moto's divergences are findings to report, not test failures: print them.
    console.log(
      [
        `stateful on moto: seed 7, runs 20, ${ms} ms, ${outcome.commandsRun} commands, ${results.length} exchanges`,
        `divergent exchanges: ${outcome.divergences}; kinds (${outcome.divergenceKinds.length}):`,
        ...outcome.divergenceKinds.map((k) => `  ${k}`),
        `unimplemented: ${outcome.unimplemented.join(", ")}`,
        `shrunk counterexamples (${outcome.shrunk}):`,
        ...withSequence.map((r) => `  ${r}`),
      ].join("\n"),
    );
  }, 120_000);
});

if (!installed) it.skip("moto is not installed in .venv: run npm run setup:emulators", () => {});
