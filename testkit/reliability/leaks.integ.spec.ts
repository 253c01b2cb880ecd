/** Teardown leaves nothing of a run behind — functions, aliases, layers, event source mappings, roles — and touches nothing else. */
import {
  CreateEventSourceMappingCommand,
  CreateFunctionCommand,
  ListEventSourceMappingsCommand,
} from "@aws-sdk/client-lambda";
import { describe, expect, it } from "vitest";
import { createFixtures } from "../../suites/resources/createFixtures.ts";
import { fixtureClients } from "../../suites/resources/fixtureClients.ts";
import { teardownFixtures } from "../../suites/resources/teardownFixtures.ts";
import { zipPackage } from "../../suites/resources/zipPackage.ts";
import { startMoto } from "../../suites/targets/motoTarget.ts";
import { MOTO_VENV, venvBin } from "../../suites/targets/venv.ts";
import { createRawTransport } from "../../suites/transports/rawTransport.ts";
import { sweepRun } from "./sweepRun.ts";

const installed = venvBin(MOTO_VENV, "moto_server") !== undefined;

/** An SQS queue on moto (query protocol, raw SigV4: the suite has no SQS client), as a mapping's source. */
async function createQueue(endpoint: string, name: string): Promise<string> {
  const raw = createRawTransport({ endpoint, signingName: "sqs" });
  try {
    const r = await raw.send({
      method: "POST",
      path: "/",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `Action=CreateQueue&QueueName=${name}&Version=2012-11-05`,
    });
    if (r.status !== 200) throw new Error(`CreateQueue: ${r.status} ${r.body}`);
  } finally {
    raw.close();
  }
  return `arn:aws:sqs:us-east-1:123456789012:${name}`;
}

describe.skipIf(!installed)("leaks", () => {
  it("teardown deletes the run's fixtures and its event source mappings, and only those", async () => {
    const moto = await startMoto();
    const clients = fixtureClients({ endpoint: moto.endpoint });
    try {
      const ours = await createFixtures(clients, "leaktest");
      // moto 5.2.5 has no code signing configs: that is the one fixture step it cannot take.
      expect(ours.skipped.map((step) => step.split(" ")[0])).toEqual(["CreateCodeSigningConfig"]);
      const queue = await createQueue(moto.endpoint, "lc-leaktest-q");
      await clients.lambda.send(
        new CreateEventSourceMappingCommand({ FunctionName: ours.functionName, EventSourceArn: queue }),
      );
      await clients.lambda.send(
        new CreateFunctionCommand({
          FunctionName: "someone-elses-fn",
          Runtime: "nodejs20.x",
          Role: ours.roleArn,
          Handler: "index.handler",
          Code: { ZipFile: zipPackage() },
        }),
      );
      await clients.lambda.send(
        new CreateEventSourceMappingCommand({ FunctionName: "someone-elses-fn", EventSourceArn: queue }),
      );
      const before = await sweepRun(moto.endpoint, "leaktest");
      for (const kind of ["function:", "alias:", "layer:", "eventSourceMapping:", "role:"])
        expect(
          before.some((l) => l.startsWith(kind)),
          `${kind} before teardown`,
        ).toBe(true);

      const leftovers = await teardownFixtures(clients, ours.prefix);
      expect(leftovers).toEqual({ functions: [], layers: [], roles: [] });
      expect(await sweepRun(moto.endpoint, "leaktest")).toEqual([]);
      const mappings = await clients.lambda.send(new ListEventSourceMappingsCommand({}));
      expect(mappings.EventSourceMappings?.map((m) => m.FunctionArn?.split(":").pop())).toEqual([
        "someone-elses-fn",
      ]);
    } finally {
      clients.close();
      await moto.stop();
    }
  }, 60_000);

  it("refuses to sweep a prefix that is not the run's", async () => {
    const clients = fixtureClients({ endpoint: "http://127.0.0.1:9" });
    await expect(teardownFixtures(clients, "")).rejects.toThrow(/refusing to sweep unprefixed names/);
    await expect(teardownFixtures(clients, "prod-")).rejects.toThrow(/refusing/);
    clients.close();
  });
});

if (!installed) it.skip("moto is not installed in .venv: run npm run setup:emulators", () => {});
