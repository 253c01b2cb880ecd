/** Fixture calls go through the target too: a stalled answer must end the call, not the run. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { GetFunctionCommand } from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureClients } from "./fixtureClients.ts";

describe("fixtureClients", () => {
  // Accepts every request and never answers (the fault proxy's stallBeforeHeaders).
  const server = createServer(() => {});
  let endpoint = "";
  beforeAll(async () => {
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it("rejects a call the target never answers once the timeout has passed (twice: maxAttempts 2)", async () => {
    const clients = fixtureClients({ endpoint, timeoutMs: 300 });
    try {
      await expect(clients.lambda.send(new GetFunctionCommand({ FunctionName: "f" }))).rejects.toThrow(
        /timeout|exceeded/i,
      );
    } finally {
      clients.close();
    }
  }, 10_000);
});
