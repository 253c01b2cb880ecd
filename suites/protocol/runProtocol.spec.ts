/**
 * The protocol runner over a loopback target that authenticates like AWS's front (testkit/sensitivity/
 * awsFront.ts) and serves everything else: probes go out as built, the control first, and the checks
 * judge what came back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseResult } from "../../core/caseResult.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { type LoopbackServer, startLoopbackServer } from "../../testkit/loopbackServer.ts";
import { awsFront } from "../../testkit/sensitivity/awsFront.ts";
import { CHECKS } from "../checks/registry.ts";
import { makePlan } from "../engine/plan.ts";
import { createRawTransport } from "../transports/rawTransport.ts";
import { probesFor } from "./protocolCases.ts";
import { runProtocol } from "./runProtocol.ts";

const service = loadModelFile("specs/lambda/model.json");
const plan = makePlan(service, { ops: ["GetAccountSettings"], phases: ["protocol"], runs: 1, seed: 3 });

describe("runProtocol", () => {
  let server: LoopbackServer;
  const paths: string[] = [];

  beforeAll(async () => {
    server = await startLoopbackServer((req, res) => {
      paths.push(`${req.method} ${req.url}`);
      const refused = awsFront({ url: req.url ?? "/", headers: req.headers }, undefined);
      const answer = refused ?? { status: 200, headers: [["Content-Type", "application/json"]], body: "{}" };
      res.writeHead(answer.status, answer.headers.flat());
      res.end(answer.body);
    });
  });
  afterAll(() => server.close());

  const run = async (
    replay?: number,
    extra: Partial<Parameters<typeof runProtocol>[0]> = {},
  ): Promise<CaseResult[]> => {
    const results: CaseResult[] = [];
    const transport = createRawTransport({ endpoint: server.endpoint, unsigned: true });
    try {
      await runProtocol({
        service,
        plan,
        checks: CHECKS,
        transport,
        signing: {
          endpoint: server.endpoint,
          region: "us-east-1",
          credentials: { accessKeyId: "AKIDRUN", secretAccessKey: "run-secret" },
          signingName: "lambda",
        },
        onCase: (r) => void results.push(r),
        concurrency: 2,
        ...(replay === undefined ? {} : { replay }),
        ...extra,
      });
    } finally {
      transport.close();
    }
    return results;
  };

  it("sends every probe of the operation in order and judges it with the protocol checks only", async () => {
    const results = await run();
    const op = service.operations.get("GetAccountSettings");
    if (!op) throw new Error("no GetAccountSettings");
    expect(results.map((r) => r.case.probe?.kind)).toEqual(probesFor(op));
    const verdict = (kind: string, check: string) =>
      results.find((r) => r.case.probe?.kind === kind)?.verdicts.find((v) => v.check === check)?.status;
    expect(verdict("unsigned", "authenticationEnforced")).toBe("pass");
    expect(verdict("staleDate", "requestExpiry")).toBe("pass");
    expect(verdict("expiredPresign", "requestExpiry")).toBe("pass");
    expect(verdict("queryAuth", "queryAuthAccepted")).toBe("pass");
    // The front authenticates nothing else: a wrong secret is served, and fails.
    expect(verdict("wrongSecret", "authenticationEnforced")).toBe("fail");
    // An unknown path served 200 fails; no engine check judged a protocol case.
    expect(verdict("unknownPath", "unknownOperation")).toBe("fail");
    for (const r of results) expect(r.verdicts.every((v) => v.check !== "positiveDataAcceptance")).toBe(true);
  });

  it("replays a signing probe after its unreported control", async () => {
    paths.length = 0;
    const results = await run(2);
    expect(results.map((r) => r.case.probe?.kind)).toEqual(["unsigned"]);
    expect(paths).toHaveLength(2);
  });

  it("sends no probe the ownership guard refuses, and reports it skipped with the reason", async () => {
    paths.length = 0;
    const settled: string[] = [];
    const guarded = makePlan(service, { ops: ["DeleteFunction"], phases: ["protocol"], runs: 1, seed: 3 });
    const results = await run(undefined, {
      plan: guarded,
      guard: {
        admit: async () => "not sent: would act on function `a`, which this run did not create",
        settle: (_op, c) => void settled.push(c.probe?.kind ?? ""),
      },
    });
    expect(results.length).toBeGreaterThan(0);
    expect(paths).toEqual([]);
    expect(settled).toEqual([]);
    for (const r of results) expect(r.verdicts).toEqual([expect.objectContaining({ status: "skipped" })]);
  });

  it("lets an admitted probe through and tells the guard what it answered", async () => {
    paths.length = 0;
    const settled: string[] = [];
    const guarded = makePlan(service, { ops: ["DeleteFunction"], phases: ["protocol"], runs: 1, seed: 3 });
    const results = await run(undefined, {
      plan: guarded,
      guard: { admit: async () => undefined, settle: (_op, c) => void settled.push(c.probe?.kind ?? "") },
    });
    expect(paths).toHaveLength(results.length);
    expect(settled).toEqual(results.map((r) => r.case.probe?.kind ?? ""));
  });
});
