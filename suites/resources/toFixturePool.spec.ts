import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL_FILE } from "../../specs/model/defaultModel.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { ownResourceOperations } from "./ownResources.ts";
import { toFixturePool } from "./toFixturePool.ts";

describe("ownResourceOperations", () => {
  it("gives every non-GET operation on a resource path its own resources, and no read", () => {
    const ops = ownResourceOperations(loadModelFile(DEFAULT_MODEL_FILE));
    expect(ops).toEqual(
      expect.arrayContaining(["DeleteFunction", "RemovePermission", "UpdateFunctionCode", "TagResource"]),
    );
    expect(ops).toContain("CreateEventSourceMapping");
    expect(ops).not.toContain("GetFunction");
    expect(ops).not.toContain("CreateFunction");
  });
});

describe("toFixturePool", () => {
  const pool = toFixturePool({
    runId: "r1",
    prefix: "lc-r1",
    skipped: [],
    functionName: "lc-r1-fn",
    aliasName: "live",
    version: "1",
    urlQualifiers: ["", "live"],
    mappingUuid: "u-shared",
    queueArn: "arn:aws:sqs:us-east-1:123456789012:lc-r1-queue",
    own: {
      DeleteFunction: { functionName: "lc-r1-o0", version: "1" },
      DeleteEventSourceMapping: { mappingUuid: "u-own" },
    },
  });

  it("scopes an operation's own resources to its request's identities", () => {
    expect(pool.FunctionName).toEqual(["lc-r1-fn"]);
    expect(pool["DeleteFunctionRequest.FunctionName"]).toEqual(["lc-r1-o0"]);
    expect(pool["DeleteEventSourceMappingRequest.UUID"]).toEqual(["u-own"]);
    expect(pool.UUID).toEqual(["u-shared"]);
  });

  it("fills live-state members from the target's state", () => {
    expect(pool["GetFunctionUrlConfigRequest.Qualifier"]).toEqual(["live"]);
    expect(pool.EventSourceArn).toEqual(["arn:aws:sqs:us-east-1:123456789012:lc-r1-queue"]);
    expect(JSON.parse(Buffer.from(String(pool["InvokeRequest.Payload"]?.[0]), "base64").toString())).toEqual({
      source: "lambda-conformance",
    });
  });
});

describe("AddPermission principals", () => {
  it("offers a service principal and the run's own account, never a made-up string", () => {
    const pool = toFixturePool({
      runId: "r1",
      prefix: "lc-r1",
      skipped: [],
      functionArn: "arn:aws:lambda:us-east-1:000000000000:function:lc-r1-fn",
    });
    expect(pool["AddPermissionRequest.Principal"]).toEqual(["s3.amazonaws.com", "000000000000"]);
  });
});
