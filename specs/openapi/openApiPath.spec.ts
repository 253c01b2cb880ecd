import { describe, expect, it } from "vitest";
import { openApiPath } from "./openApiPath.ts";

describe("openApiPath", () => {
  it("keeps a plain template as the path key", () => {
    expect(openApiPath("/2015-03-31/functions/{FunctionName}")).toEqual({
      key: "/2015-03-31/functions/{FunctionName}",
      literalQuery: [],
    });
  });

  it("moves a literal query into a fragment and returns its pairs", () => {
    expect(openApiPath("/2018-10-31/layers?find=LayerVersion")).toEqual({
      key: "/2018-10-31/layers#find=LayerVersion",
      literalQuery: [["find", "LayerVersion"]],
    });
    expect(openApiPath("/a?x=1&flag").literalQuery).toEqual([
      ["x", "1"],
      ["flag", ""],
    ]);
  });

  it("drops the greedy marker OpenAPI has no syntax for", () => {
    expect(openApiPath("/objects/{Key+}").key).toBe("/objects/{Key}");
  });
});
