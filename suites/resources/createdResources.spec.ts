import { describe, expect, it } from "vitest";
import type { CaseResult } from "../../core/caseResult.ts";
import { CreatedResources } from "./createdResources.ts";

const result = (operation: string, status: number, body: unknown): CaseResult =>
  ({
    id: `${operation}/valid/0`,
    case: { operation, phase: "valid", input: {}, seed: 1 },
    request: { transport: "sdk", method: "POST", url: "/", headers: {} },
    response: { status, headers: {}, body: JSON.stringify(body), truncated: false, durationMs: 1 },
    verdicts: [],
    replay: "",
  }) as CaseResult;

describe("CreatedResources", () => {
  it("remembers what successful creates name, and deletes exactly those", async () => {
    const created = new CreatedResources();
    created.note(
      result("CreateCodeSigningConfig", 201, { CodeSigningConfig: { CodeSigningConfigArn: "arn:csc-1" } }),
    );
    created.note(result("CreateEventSourceMapping", 202, { UUID: "u-1" }));
    created.note(result("CreateEventSourceMapping", 400, { UUID: "u-rejected" }));
    created.note(result("GetFunction", 200, { UUID: "u-not-a-creation" }));
    const sent: unknown[] = [];
    const lambda = { send: async (c: { input: unknown }) => void sent.push(c.input) };
    expect(await created.deleteAll(lambda as never)).toEqual([]);
    expect(sent).toEqual([{ CodeSigningConfigArn: "arn:csc-1" }, { UUID: "u-1" }]);
  });

  it("deletes functions and layer versions that cases created outside the run prefix", async () => {
    const created = new CreatedResources();
    created.note(result("CreateFunction", 201, { FunctionArn: "arn:aws:lambda:us-east-1:1:function:a" }));
    created.note(
      result("PublishLayerVersion", 201, { LayerVersionArn: "arn:aws:lambda:us-east-1:1:layer:a:3" }),
    );
    const sent: unknown[] = [];
    const lambda = { send: async (c: { input: unknown }) => void sent.push(c.input) };
    expect(await created.deleteAll(lambda as never)).toEqual([]);
    expect(sent).toEqual([
      { FunctionName: "arn:aws:lambda:us-east-1:1:function:a" },
      { LayerName: "arn:aws:lambda:us-east-1:1:layer:a", VersionNumber: 3 },
    ]);
  });

  it("counts a resource already deleted by someone else as gone, not left over", async () => {
    const created = new CreatedResources();
    created.note(result("CreateFunction", 201, { FunctionArn: "arn:aws:lambda:us-east-1:1:function:b" }));
    const notFound = Object.assign(new Error("not found"), { name: "ResourceNotFoundException" });
    const lambda = { send: async () => Promise.reject(notFound) };
    expect(await created.deleteAll(lambda as never)).toEqual([]);
  });

  it("reports what the target refused to delete", async () => {
    const created = new CreatedResources();
    created.note(result("CreateEventSourceMapping", 202, { UUID: "u-2" }));
    const lambda = { send: async () => Promise.reject(new Error("nope")) };
    expect(await created.deleteAll(lambda as never)).toEqual(["CreateEventSourceMapping:u-2"]);
  });
});

describe("CreatedResources on a shared account", () => {
  it("deletes only what the ledger holds and lists the rest as untouched", async () => {
    const created = new CreatedResources();
    created.note(result("CreateFunction", 201, { FunctionArn: "arn:aws:lambda:us-east-1:1:function:mine" }));
    created.note(result("CreateFunction", 201, { FunctionArn: "arn:aws:lambda:us-east-1:1:function:a" }));
    created.note(result("CreateEventSourceMapping", 202, { UUID: "u-theirs" }));
    const sent: unknown[] = [];
    const lambda = { send: async (c: { input: unknown }) => void sent.push(c.input) };
    const untouched: string[] = [];
    const ownedBy = (kind: string, id: string): boolean =>
      kind === "function" && id.endsWith(":function:mine");
    expect(await created.deleteAll(lambda as never, ownedBy, untouched)).toEqual([]);
    expect(sent).toEqual([{ FunctionName: "arn:aws:lambda:us-east-1:1:function:mine" }]);
    expect(untouched).toEqual([
      "function arn:aws:lambda:us-east-1:1:function:a",
      "eventSourceMapping u-theirs",
    ]);
  });
});
