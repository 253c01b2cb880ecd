/** Offline guards of the mutation table: each bends only its operation's answers, and bends them. */
import { describe, expect, it } from "vitest";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { type Answer, MUTATIONS, mutationApplies } from "./mutations.ts";

const service = loadModelFile("specs/lambda/model.json");

/** The operation's URI with every label filled, the query dropped, as the proxy sees the path. */
function samplePath(operation: string): { method: string; path: string } {
  const op = service.operations.get(operation);
  if (!op) throw new Error(`no operation ${operation}`);
  return { method: op.method, path: (op.uri.split("?")[0] ?? "").replace(/\{[^}]+\}/g, "my-function") };
}

const sample = (status: number): Answer => ({
  status,
  headers: [
    ["Content-Type", "application/json"],
    ["X-Amzn-ErrorType", "ResourceNotFoundException"],
  ],
  body: JSON.stringify({
    Type: "User",
    message: "not found",
    Configuration: { FunctionName: "f" },
    Functions: [{ FunctionName: "f" }],
  }),
});

describe("the sensitivity mutations", () => {
  it("are 13 distinct faults", () => {
    expect(new Set(MUTATIONS.map((m) => m.name)).size).toBe(13);
  });

  it.each(MUTATIONS)("$name bends only its operation's answers of its status class", (m) => {
    const operations = new Set(MUTATIONS.map((x) => x.expect.operation));
    for (const operation of operations) {
      const { method, path } = samplePath(operation);
      const status = m.statuses === "2xx" ? 200 : 404;
      expect(mutationApplies(m, method, path, status), operation).toBe(operation === m.expect.operation);
      expect(mutationApplies(m, method, path, m.statuses === "2xx" ? 404 : 200)).toBe(false);
    }
  });

  it.each(MUTATIONS)("$name changes the answer", (m) => {
    const before = sample(m.statuses === "2xx" ? 200 : 404);
    expect(m.mutate(before)).not.toEqual(before);
  });
});
