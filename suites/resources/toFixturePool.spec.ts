import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { invalidRequests } from "../../generators/invalidRequests.ts";
import { validRequests } from "../../generators/validRequests.ts";
import { DEFAULT_MODEL_FILE } from "../../specs/model/defaultModel.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { ownResourceOperations } from "../lambda/ownResources.ts";
import { toFixturePool } from "./toFixturePool.ts";
import { PACKAGE_HANDLER, PACKAGE_RUNTIME, zipPackage } from "./zipPackage.ts";

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

describe("the package's settings", () => {
  const service = loadModelFile(DEFAULT_MODEL_FILE);
  const pool = toFixturePool({ runId: "r1", prefix: "lc-r1", skipped: [] });
  const sample = (operation: string) =>
    fc.sample(validRequests(service.operations.get(operation) as never, { fixtures: pool }), {
      seed: 11,
      numRuns: 100,
    });

  it("gives every valid CreateFunction the package, its runtime and handler, as a zip, with no snapshot", () => {
    for (const { input } of sample("CreateFunction")) {
      expect(input.Code).toEqual({ ZipFile: zipPackage().toString("base64") });
      expect(input).toMatchObject({ Runtime: PACKAGE_RUNTIME, Handler: PACKAGE_HANDLER });
      expect([undefined, "Zip"]).toContain(input.PackageType);
      expect([undefined, "None"]).toContain((input.SnapStart as { ApplyOn?: string } | undefined)?.ApplyOn);
    }
  });

  it("keeps UpdateFunctionConfiguration on the function's runtime and handler when it sends them", () => {
    const cases = sample("UpdateFunctionConfiguration");
    expect(cases.some((c) => c.input.Runtime === undefined)).toBe(true);
    for (const { input } of cases) {
      expect([undefined, PACKAGE_RUNTIME]).toContain(input.Runtime);
      expect([undefined, PACKAGE_HANDLER]).toContain(input.Handler);
      expect([undefined, "None"]).toContain((input.SnapStart as { ApplyOn?: string } | undefined)?.ApplyOn);
    }
  });

  it("still breaks the runtime, and only it, in an invalid case", () => {
    const operation = service.operations.get("CreateFunction") as never;
    const cases = fc
      .sample(invalidRequests(operation, { fixtures: pool }), { seed: 11, numRuns: 400 })
      .filter((c) => c.violation?.path === "/Runtime");
    expect(cases.length).toBeGreaterThan(0);
    for (const { input } of cases) {
      expect(input.Runtime).not.toBe(PACKAGE_RUNTIME);
      expect(input).toMatchObject({ Handler: PACKAGE_HANDLER, Code: { ZipFile: expect.any(String) } });
    }
  });
});
