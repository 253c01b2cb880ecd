/**
 * Changing operations run their own cases side by side and their shared ones alone, and the results
 * come out in one order however long the target takes to answer each request.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { type LoopbackServer, startLoopbackServer } from "../../testkit/loopbackServer.ts";
import { CHECKS } from "../checks/registry.ts";
import { LAMBDA_LANES } from "../lambda/lanes.ts";
import { PROJECT_ROOT } from "../targets/venv.ts";
import { createRawTransport } from "../transports/rawTransport.ts";
import { createSdkTransport } from "../transports/sdkTransport.ts";
import { makePlan } from "./plan.ts";
import { runConformance } from "./runConformance.ts";

const OPS = ["CreateAlias", "DeleteAlias", "PutFunctionConcurrency", "DeleteFunction", "TagResource"];
// Function `a` (and its lenient readings), the edge value many operations' boundary cases share.
const NAMES_A = /\/functions\/(a|a%3A[^/]*|[^/]*%3Afunction%3Aa(%3A[^/]*)?)(\/|\?|$)/;

describe("runConformance's lanes", () => {
  let server: LoopbackServer;
  let inFlight = 0;
  let maxInFlight = 0;
  let sharedNotAlone = 0;
  let delayOf: (n: number) => number = () => 0;
  let n = 0;
  beforeAll(async () => {
    server = await startLoopbackServer((req, res) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      if (NAMES_A.test(req.url ?? "") && inFlight > 1) sharedNotAlone++;
      setTimeout(() => {
        if (NAMES_A.test(req.url ?? "") && inFlight > 1) sharedNotAlone++;
        inFlight--;
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      }, delayOf(n++));
    });
  });
  afterAll(() => server.close());

  const run = async (): Promise<string[]> => {
    const service = loadModelFile(`${PROJECT_ROOT}/specs/lambda/model.json`);
    const sdk = createSdkTransport({ endpoint: server.endpoint, timeoutMs: 5_000 });
    const raw = createRawTransport({ endpoint: server.endpoint, timeoutMs: 5_000 });
    const seen: string[] = [];
    try {
      await runConformance({
        service,
        plan: makePlan(service, { ops: OPS, phases: ["valid", "boundary"], runs: 4, seed: 7 }),
        transports: { sdk, raw },
        checks: CHECKS,
        listener: { onCase: (r) => void seen.push(`${r.id} ${r.verdicts.map((v) => v.status).join(",")}`) },
        concurrency: 4,
        shrink: false,
        lanes: LAMBDA_LANES,
      });
    } finally {
      sdk.close();
      raw.close();
    }
    return seen;
  };

  it("gives the same results in the same order whatever the target's timing", async () => {
    delayOf = (i) => (i * 7) % 5;
    const first = await run();
    delayOf = (i) => 4 - ((i * 3) % 5);
    n = 0;
    const second = await run();
    expect(first.length).toBeGreaterThan(20);
    expect(second).toEqual(first);
  });

  it("sends own cases of different operations side by side, and a shared name alone", async () => {
    maxInFlight = 0;
    sharedNotAlone = 0;
    delayOf = () => 3;
    await run();
    expect(maxInFlight).toBeGreaterThan(1);
    expect(sharedNotAlone).toBe(0);
  });
});
