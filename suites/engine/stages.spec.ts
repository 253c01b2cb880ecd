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
    expect(stages.map((s) => s.operations.map((o) => o.name))).toEqual([
      ["ListA", "GetA"],
      ["CreateA", "PutA"],
      ["DeleteA"],
    ]);
  });

  it("runs only reads side by side: a write's generated name can be another operation's", () => {
    const stages = stagesOf([op("GetA", "GET"), op("CreateA", "POST"), op("DeleteA", "DELETE")]);
    expect(stages.map((s) => s.concurrent)).toEqual([true, false, false]);
  });

  it("leaves out empty stages", () => {
    expect(stagesOf([op("CreateA", "POST")]).length).toBe(1);
  });
});
