/** Fixture calls go through the target too: a stalled answer must end the call, not the run. */
import { GetFunctionCommand } from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LoopbackServer, startLoopbackServer } from "../../testkit/loopbackServer.ts";
import { fixtureClients } from "./fixtureClients.ts";

describe("fixtureClients", () => {
  let server: LoopbackServer;
  // Accepts every request and never answers (the fault proxy's stallBeforeHeaders).
  beforeAll(async () => {
    server = await startLoopbackServer(() => {});
  });
  afterAll(() => server.close());

  it("rejects a call the target never answers once the timeout has passed (twice: maxAttempts 2)", async () => {
    const clients = fixtureClients({ endpoint: server.endpoint, timeoutMs: 300 });
    try {
      await expect(clients.lambda.send(new GetFunctionCommand({ FunctionName: "f" }))).rejects.toThrow(
        /timeout|exceeded/i,
      );
    } finally {
      clients.close();
    }
  }, 10_000);
});
