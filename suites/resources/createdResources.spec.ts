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

  it("reports what the target refused to delete", async () => {
    const created = new CreatedResources();
    created.note(result("CreateEventSourceMapping", 202, { UUID: "u-2" }));
    const lambda = { send: async () => Promise.reject(new Error("nope")) };
    expect(await created.deleteAll(lambda as never)).toEqual(["CreateEventSourceMapping:u-2"]);
  });
});
