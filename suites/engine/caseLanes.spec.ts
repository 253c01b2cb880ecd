import { describe, expect, it } from "vitest";
import type { RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";
import { modelOperation as op } from "../../testkit/modelOperation.ts";
import { LAMBDA_LANES } from "../lambda/lanes.ts";
import { splitLanes } from "./caseLanes.ts";

const at = (operation: string, FunctionName: string, path = "0"): RequestCase => ({
  operation,
  phase: "boundary",
  seed: 1,
  path,
  input: { FunctionName },
});

describe("splitLanes", () => {
  const del = op("DeleteFunction");
  const put = op("PutFunctionConcurrency");
  const alias = op("CreateAlias");
  const cases = new Map<OperationView, RequestCase[]>([
    [del, [at("DeleteFunction", "own-del"), at("DeleteFunction", "a", "1")]],
    [alias, [at("CreateAlias", "own-alias"), at("CreateAlias", "a:1", "1")]],
    [put, [at("PutFunctionConcurrency", "own-put")]],
  ]);
  const lanes = splitLanes([...cases.keys()], (o) => cases.get(o) ?? [], LAMBDA_LANES);

  it("keeps a case in its own lane when no other operation names what it names", () => {
    expect(lanes.laneOf(del, at("DeleteFunction", "own-del"))).toBe("own");
    expect(lanes.laneOf(alias, at("CreateAlias", "own-alias"))).toBe("own");
  });

  it("puts a name two operations share in the shared lane, read as a lenient target reads it", () => {
    // `a:1` is function `a` to a target that ignores the qualifier: DeleteFunction's `a` meets it.
    expect(lanes.laneOf(del, at("DeleteFunction", "a"))).toBe("shared");
    expect(lanes.laneOf(alias, at("CreateAlias", "a:1"))).toBe("shared");
  });

  it("puts every case of an account-wide operation in the shared lane", () => {
    expect(lanes.laneOf(put, at("PutFunctionConcurrency", "own-put"))).toBe("shared");
  });

  it("counts each operation's own cases, by which the engine starts the longest first", () => {
    expect([del, alias, put].map((o) => lanes.ownCases(o))).toEqual([1, 1, 0]);
  });

  it("lets a shrink candidate stay in the own lane only with names its operation alone named", () => {
    expect(lanes.staysOwn(del, at("DeleteFunction", "own-del"))).toBe(true);
    expect(lanes.staysOwn(del, at("DeleteFunction", "never-generated"))).toBe(false);
    expect(lanes.staysOwn(del, at("DeleteFunction", "own-alias"))).toBe(false);
  });
});
