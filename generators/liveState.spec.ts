import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL_FILE } from "../specs/model/defaultModel.ts";
import { loadModelFile } from "../specs/model/loadModelFile.ts";
import { validRequests } from "./validRequests.ts";

const service = loadModelFile(DEFAULT_MODEL_FILE);
const sample = (operation: string, fixtures?: Record<string, unknown[]>) =>
  fc.sample(validRequests(service.operations.get(operation) as never, fixtures ? { fixtures } : {}), {
    seed: 7,
    numRuns: 40,
  });

describe("live-state members", () => {
  it("leaves out an optional live-state member the pool has no value for", () => {
    for (const c of sample("ListFunctions")) {
      expect(c.input).not.toHaveProperty("Marker");
      expect(c.input).not.toHaveProperty("MasterRegion");
    }
    for (const c of sample("UpdateFunctionConfiguration")) expect(c.input).not.toHaveProperty("RevisionId");
  });

  it("takes the live value from the pool when it has one", () => {
    const uuids = sample("GetEventSourceMapping", { UUID: ["u-live"] }).map((c) => c.input.UUID);
    expect(new Set(uuids)).toEqual(new Set(["u-live"]));
  });

  it("always sends a member the prose requires once the pool has its value, and leaves it out without one", () => {
    const pooled = sample("CreateFunction", { "CreateFunctionRequest.Runtime": ["nodejs20.x"] });
    expect(new Set(pooled.map((c) => c.input.Runtime))).toEqual(new Set(["nodejs20.x"]));
    for (const c of sample("CreateFunction")) expect(c.input).not.toHaveProperty("Runtime");
  });
});
