import { describe, expect, it } from "vitest";
import { stagesOf } from "./stages.ts";

const op = (name: string, method: string) => ({ name, method });

describe("stagesOf", () => {
  it("puts reads first, deletes last, everything else between, each in the given order", () => {
    const stages = stagesOf([
      op("DeleteA", "DELETE"),
      op("ListA", "GET"),
      op("CreateA", "POST"),
      op("PutA", "PUT"),
      op("GetA", "GET"),
    ]);
    expect(stages.map((s) => s.map((o) => o.name))).toEqual([
      ["ListA", "GetA"],
      ["CreateA", "PutA"],
      ["DeleteA"],
    ]);
  });

  it("leaves out empty stages", () => {
    expect(stagesOf([op("CreateA", "POST")]).length).toBe(1);
  });
});
