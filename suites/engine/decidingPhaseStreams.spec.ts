/** The deciding phase streams once decided: a 100,000-case run must not hold every valid exchange. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { type LoopbackServer, startLoopbackServer } from "../../testkit/loopbackServer.ts";
import { CHECKS } from "../checks/registry.ts";
import { PROJECT_ROOT } from "../targets/venv.ts";
import { createRawTransport } from "../transports/rawTransport.ts";
import { createSdkTransport } from "../transports/sdkTransport.ts";
import { makePlan } from "./plan.ts";
import { runConformance } from "./runConformance.ts";

describe("runConformance's deciding phase", () => {
  let requests = 0;
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer((_req, res) => {
      requests++;
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  afterAll(() => server.close());

  it("judges each valid case as it comes once an answer decided 'implemented'", async () => {
    const service = loadModelFile(`${PROJECT_ROOT}/specs/lambda/model.json`);
    const sdk = createSdkTransport({ endpoint: server.endpoint, timeoutMs: 2_000 });
    const raw = createRawTransport({ endpoint: server.endpoint, timeoutMs: 2_000 });
    // Requests the target had received when each case reached the listener.
    const seenAt: number[] = [];
    try {
      await runConformance({
        service,
        plan: makePlan(service, { ops: ["GetAccountSettings"], phases: ["valid"], runs: 5, seed: 1 }),
        transports: { sdk, raw },
        checks: CHECKS,
        listener: { onCase: () => void seenAt.push(requests) },
        concurrency: 1,
        shrink: false,
      });
    } finally {
      sdk.close();
      raw.close();
    }
    // Buffering the phase would give [5, 5, 5, 5, 5].
    expect(seenAt).toEqual([1, 2, 3, 4, 5]);
  });
});
