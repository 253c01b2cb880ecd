import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadModel } from "../model/loadModel.ts";
import { loadModelFile } from "../model/loadModelFile.ts";
import { wholeValuePattern } from "../model/wholeValuePattern.ts";
import { EXPECTED_DRIFT, lambdaDrift } from "./__fixtures__/lambdaDrift.ts";
import { diffModels } from "./diffModels.ts";

const lambdaPath = new URL("../lambda/model.json", import.meta.url).pathname;
const lambdaAst = JSON.parse(readFileSync(lambdaPath, "utf8"));
const lambda = loadModel(lambdaAst);
const drifted = loadModel(lambdaDrift(lambdaAst));

describe("diffModels", () => {
  it("reports no change between a model and itself", () => {
    expect(diffModels(lambda, lambda).changes).toEqual([]);
    const weather = loadModelFile(new URL("../fixtures/weather.json", import.meta.url).pathname);
    expect(diffModels(weather, weather).changes).toEqual([]);
  });

  const diff = diffModels(lambda, drifted);

  it("reports exactly the deliberate changes, per operation and member", () => {
    expect(diff.changes.map((change) => [change.kind, change.operation, change.path])).toEqual(
      EXPECTED_DRIFT,
    );
  });

  it("gives each changed pattern a witness that one side accepts and the other rejects", () => {
    const patterns = diff.changes.filter((change) => change.kind === "patternChanged");
    expect(patterns).toHaveLength(2);
    for (const change of patterns) {
      const { witness } = change;
      if (!witness) throw new Error(`no witness for ${change.path}`);
      const accepts = (pattern: unknown) => wholeValuePattern(String(pattern)).test(witness.value);
      expect(accepts(change.a)).toBe(witness.acceptedBy === "a");
      expect(accepts(change.b)).toBe(witness.acceptedBy === "b");
    }
    // The dropped lookahead let all-digit names through: only B accepts the witness.
    expect(patterns[1]?.witness).toMatchObject({ acceptedBy: "b", value: expect.stringMatching(/^[0-9]+$/) });
  });

  it("states before and after values", () => {
    const find = (kind: string) => diff.changes.find((change) => change.kind === kind);
    expect(find("lengthChanged")).toMatchObject({ a: { min: 0, max: 256 }, b: { min: 0, max: 512 } });
    expect(find("rangeChanged")).toMatchObject({ a: { min: 1, max: 10000 }, b: { min: 1, max: 50 } });
    expect(find("bindingChanged")).toMatchObject({
      a: { kind: "query", name: "MaxItems" },
      b: { kind: "query", name: "Limit" },
    });
    expect(find("typeChanged")).toMatchObject({ a: "string", b: "integer" });
    expect(find("httpChanged")).toMatchObject({ a: 201, b: 200 });
    expect(find("enumChanged")).toMatchObject({ added: ["nodejs99.x"], removed: [] });
  });

  it("reports a shared shape's change once, naming the other operations that reach it", () => {
    const runtime = diff.changes.find((change) => change.kind === "enumChanged");
    expect(runtime?.alsoIn).toEqual(
      expect.arrayContaining(["GetFunction", "GetFunctionConfiguration", "ListFunctions"]),
    );
  });

  it("reports additions and removals the other way round when the models swap", () => {
    const kinds = diffModels(drifted, lambda).changes.map((change) => change.kind);
    expect(kinds).toContain("operationAdded");
    expect(kinds).toContain("memberRemoved");
    expect(kinds).toContain("memberAdded");
    expect(kinds).toContain("errorAdded");
  });
});
