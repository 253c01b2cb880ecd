/**
 * The conformance run as vitest tests, one per (operation, check), against the endpoint in
 * LAMBDA_CONFORMANCE_ENDPOINT (or AWS_ENDPOINT_URL_LAMBDA):
 *   LAMBDA_CONFORMANCE_ENDPOINT=http://127.0.0.1:5000 npx vitest run suites/conformance.spec.ts
 * LAMBDA_CONFORMANCE_RUNS (default 5) and LAMBDA_CONFORMANCE_SEED (default 1) shape the run.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { runSession } from "../cli/session.ts";
import type { Verdict } from "../core/caseResult.ts";
import { loadModelFile } from "../specs/model/loadModelFile.ts";
import { CHECKS } from "./checks/registry.ts";
import { makePlan } from "./engine/plan.ts";

const endpoint = process.env.LAMBDA_CONFORMANCE_ENDPOINT ?? process.env.AWS_ENDPOINT_URL_LAMBDA;
const service = loadModelFile("specs/lambda/model.json");
const failures = new Map<string, string[]>();
const unimplemented = new Set<string>();

// Registered only with an endpoint: without one there is nothing to judge, and one skip says so.
if (endpoint)
  describe(`AWS Lambda API conformance of ${endpoint}`, () => {
    beforeAll(async () => {
      const plan = makePlan(service, {
        runs: Number(process.env.LAMBDA_CONFORMANCE_RUNS ?? 5),
        seed: Number(process.env.LAMBDA_CONFORMANCE_SEED ?? 1),
      });
      const outcome = await runSession(
        {
          service,
          plan,
          checks: CHECKS,
          target: "endpoint",
          ...(endpoint ? { endpoint } : {}),
          allowRealAws: false,
          concurrency: 8,
          timeoutMs: 30_000,
          transport: "auto",
          shrink: false,
        },
        {
          onCase(result) {
            for (const v of result.verdicts as Verdict[]) {
              if (v.status !== "fail") continue;
              const key = `${result.case.operation}/${v.check}`;
              const list = failures.get(key) ?? [];
              if (list.length < 3) list.push(`${result.id}: ${v.reason ?? ""} (${result.replay})`);
              failures.set(key, list);
            }
          },
        },
      );
      for (const op of outcome.unimplemented) unimplemented.add(op);
    }, 600_000);

    for (const op of service.operations.keys()) {
      describe(op, () => {
        for (const check of CHECKS) {
          it(check.name, (ctx) => {
            if (unimplemented.has(op) && check.name !== "unimplementedOperation") ctx.skip();
            expect(failures.get(`${op}/${check.name}`) ?? []).toEqual([]);
          });
        }
      });
    }
  });

if (!endpoint)
  it.skip("set LAMBDA_CONFORMANCE_ENDPOINT (or AWS_ENDPOINT_URL_LAMBDA) to run the conformance suite as vitest tests", () => {});
