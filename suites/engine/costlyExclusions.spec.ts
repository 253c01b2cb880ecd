import { describe, expect, it } from "vitest";
import { LAMBDA_WING } from "../lambda/wing.ts";
import { costlyExclusions } from "./costlyExclusions.ts";

describe("costlyExclusions", () => {
  it("leaves out hourly-billed operations and the stateful phase, saying why", () => {
    const r = costlyExclusions(
      LAMBDA_WING.costly,
      ["GetFunction", "PutProvisionedConcurrencyConfig"],
      ["valid", "stateful"],
    );
    expect(r.operations).toEqual(["GetFunction"]);
    expect(r.phases).toEqual(["valid"]);
    expect(r.notes.join("\n")).toMatch(
      /PutProvisionedConcurrencyConfig skipped: provisioned concurrency is billed/,
    );
  });
});
