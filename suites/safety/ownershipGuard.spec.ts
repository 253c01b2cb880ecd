/** The guard against a loopback target that holds function `theirs` (and nothing else). */
import { LambdaClient } from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RequestCase } from "../../core/requestCase.ts";
import { type LoopbackServer, startLoopbackServer } from "../../testkit/loopbackServer.ts";
import { modelOperation as op } from "../../testkit/modelOperation.ts";
import { NOT_SENT } from "../engine/sendCase.ts";
import { ownershipGuard } from "./ownershipGuard.ts";
import { OwnershipLedger } from "./ownershipLedger.ts";

const aCase = (operation: string, input: Record<string, unknown>): RequestCase => ({
  operation,
  phase: "boundary",
  input,
  seed: 1,
});

let server: LoopbackServer;
let lambda: LambdaClient;
const reads: string[] = [];

beforeAll(async () => {
  server = await startLoopbackServer((req, res) => {
    reads.push(`${req.method} ${decodeURIComponent(req.url ?? "")}`);
    const name = decodeURIComponent(req.url?.split("/functions/")[1]?.split("?")[0] ?? "");
    // GetFunction: `theirs` (also qualified) exists; a name with `$` is refused; anything else is absent.
    if (name.split(":")[0] === "theirs") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ Configuration: { FunctionName: "theirs" } }));
    } else if (name.includes("$")) {
      res.writeHead(400, { "content-type": "application/json", "x-amzn-errortype": "ValidationException" });
      res.end(JSON.stringify({ message: "invalid name" }));
    } else {
      res.writeHead(404, {
        "content-type": "application/json",
        "x-amzn-errortype": "ResourceNotFoundException",
      });
      res.end(JSON.stringify({ Type: "User", message: "Function not found" }));
    }
  });
  lambda = new LambdaClient({
    endpoint: server.endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
  });
});
afterAll(() => {
  lambda.destroy();
  server.close();
});

describe("ownershipGuard", () => {
  it("refuses a change that names a function the run did not create, and says which", async () => {
    const guard = ownershipGuard(lambda, new OwnershipLedger());
    const why = await guard.admit(op("DeleteFunction"), aCase("DeleteFunction", { FunctionName: "theirs" }));
    expect(why).toMatch(/would act on function `theirs`, which this run did not create/);
  });

  it("refuses `theirs:$LATEST` too: a target that wrongly takes it as a name must not reach `theirs`", async () => {
    const guard = ownershipGuard(lambda, new OwnershipLedger());
    const c = aCase("DeleteFunction", { FunctionName: "theirs:$LATEST" });
    expect(await guard.admit(op("DeleteFunction"), c)).toMatch(/theirs/);
  });

  it("sends what names an absent function, and owns it once the target created it", async () => {
    const ledger = new OwnershipLedger();
    const guard = ownershipGuard(lambda, ledger);
    const create = aCase("CreateFunction", { FunctionName: "fresh" });
    expect(await guard.admit(op("CreateFunction"), create)).toBeUndefined();
    guard.settle(op("CreateFunction"), create, { ...NOT_SENT, status: 201, body: "{}" });
    expect(ledger.owns({ kind: "function", id: "fresh" })).toBe(true);
    reads.length = 0;
    const remove = aCase("DeleteFunction", { FunctionName: "fresh:1" });
    expect(await guard.admit(op("DeleteFunction"), remove)).toBeUndefined();
    expect(reads).toEqual([]);
  });

  it("does not own what a refused creation named", async () => {
    const ledger = new OwnershipLedger();
    const guard = ownershipGuard(lambda, ledger);
    const create = aCase("CreateFunction", { FunctionName: "fresh2" });
    await guard.admit(op("CreateFunction"), create);
    guard.settle(op("CreateFunction"), create, { ...NOT_SENT, status: 400, body: "{}" });
    expect(ledger.owns({ kind: "function", id: "fresh2" })).toBe(false);
  });

  it("refuses a name the target will not read: not-found is the only confirmation of absence", async () => {
    const guard = ownershipGuard(lambda, new OwnershipLedger());
    expect(
      await guard.admit(op("PutFunctionConcurrency"), aCase("PutFunctionConcurrency", { FunctionName: "$" })),
    ).toMatch(/function `\$`/);
  });

  it("sends reads without asking, and changes to what the fixtures made without a read", async () => {
    const ledger = new OwnershipLedger();
    ledger.noteFixtures({ runId: "r", prefix: "lc-r", skipped: [], functionName: "theirs" });
    const guard = ownershipGuard(lambda, ledger);
    reads.length = 0;
    expect(
      await guard.admit(op("GetFunction"), aCase("GetFunction", { FunctionName: "other" })),
    ).toBeUndefined();
    expect(
      await guard.admit(op("DeleteFunction"), aCase("DeleteFunction", { FunctionName: "theirs" })),
    ).toBeUndefined();
    expect(reads).toEqual([]);
    expect(guard.tally()).toEqual({ reads: 0, refused: 0 });
  });
});
