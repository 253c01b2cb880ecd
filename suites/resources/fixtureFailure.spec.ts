import { describe, expect, it } from "vitest";
import { describeFixtureFailure, fixtureCost } from "./fixtureFailure.ts";

describe("fixture failure", () => {
  it("says the target lacks the step when it answered an HTML page, not the SDK's parse error", () => {
    const e = Object.assign(
      new SyntaxError(`Unexpected token '<', "<!doctype "... is not valid JSON
  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.`),
      {
        $response: { statusCode: 500, headers: { "content-type": "text/html; charset=utf-8" } },
      },
    );
    expect(describeFixtureFailure("CreateCodeSigningConfig", e)).toBe(
      "the target has no CreateCodeSigningConfig (HTML 500 answer)",
    );
  });

  it("keeps a typed error's name, status and first line", () => {
    const e = Object.assign(new Error("Could not find version '1'.\nmore"), {
      name: "InternalError",
      $metadata: { httpStatusCode: 500 },
    });
    expect(describeFixtureFailure("PutProvisionedConcurrencyConfig", e)).toBe(
      "PutProvisionedConcurrencyConfig failed: InternalError 500: Could not find version '1'.",
    );
  });

  it("counts the planned operations that cannot reach a success without the step", () => {
    expect(fixtureCost("CreateCodeSigningConfig", ["GetCodeSigningConfig", "ListFunctions"])).toBe(
      "1 operations cannot reach a success (GetCodeSigningConfig)",
    );
    expect(fixtureCost("CreateRole", ["ListFunctions"])).toBe("no planned operation depends on it");
  });
});
