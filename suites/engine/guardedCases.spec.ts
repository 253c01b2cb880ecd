/** A case the guard refuses reaches no target, decides nothing about the operation, and is reported skipped. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseResult } from "../../core/caseResult.ts";
import { SAFETY_CHECK } from "../../core/caseResult.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { type LoopbackServer, startLoopbackServer } from "../../testkit/loopbackServer.ts";
import { CHECKS } from "../checks/registry.ts";
import { PROJECT_ROOT } from "../targets/venv.ts";
import { createRawTransport } from "../transports/rawTransport.ts";
import { createSdkTransport } from "../transports/sdkTransport.ts";
import { makePlan } from "./plan.ts";
import { runConformance } from "./runConformance.ts";

describe("runConformance with a guard", () => {
  const paths: string[] = [];
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer((req, res) => {
      paths.push(req.url ?? "");
      res.writeHead(204).end();
    });
  });
  afterAll(() => server.close());

  it("sends what it admits, reports the rest skipped with the reason, and never aborts on them", async () => {
    const service = loadModelFile(`${PROJECT_ROOT}/specs/lambda/model.json`);
    const sdk = createSdkTransport({ endpoint: server.endpoint, timeoutMs: 2_000 });
    const raw = createRawTransport({ endpoint: server.endpoint, timeoutMs: 2_000 });
    const results: CaseResult[] = [];
    const settled: string[] = [];
    try {
      const outcome = await runConformance({
        service,
        plan: makePlan(service, { ops: ["DeleteFunction"], phases: ["valid", "boundary"], runs: 3, seed: 1 }),
        transports: {
          sdk,
          raw,
          guard: {
            admit: async (_op, c) =>
              c.input.FunctionName === "a" ? "not sent: would act on function `a`" : undefined,
            settle: (_op, c) => void settled.push(String(c.input.FunctionName)),
          },
        },
        checks: CHECKS,
        listener: { onCase: (r) => void results.push(r) },
        concurrency: 1,
        shrink: false,
      });
      expect(outcome.aborted).toBeUndefined();
      expect(outcome.unimplemented).toEqual([]);
    } finally {
      sdk.close();
      raw.close();
    }
    const skipped = results.filter((r) => r.verdicts.some((v) => v.status === "skipped"));
    expect(skipped.length).toBeGreaterThan(0);
    for (const r of skipped) {
      expect(r.case.input.FunctionName).toBe("a");
      expect(r.verdicts).toEqual([
        { check: SAFETY_CHECK, status: "skipped", reason: "not sent: would act on function `a`" },
      ]);
      expect(r.response.status).toBe(0);
    }
    expect(paths.some((p) => p.endsWith("/functions/a"))).toBe(false);
    expect(settled).toHaveLength(results.length - skipped.length);
  });
});
