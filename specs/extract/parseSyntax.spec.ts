import { describe, expect, it } from "vitest";
import { parseResponseSyntax } from "./parseSyntax.ts";

describe("parseResponseSyntax", () => {
  it("binds headers whose placeholder is spelt in words, Content-Type included", () => {
    const lines = [
      "HTTP/1.1 Status Code",
      "X-Amz-Executed-Version: Executed Version",
      "Content-Type: ResponseStreamContentType",
      "Content-type: application/json",
    ];
    const syntax = parseResponseSyntax([{ text: lines.join(" "), lines, line: 1, code: true }]);
    expect([...syntax.headers]).toEqual([
      ["ExecutedVersion", "X-Amz-Executed-Version"],
      ["ResponseStreamContentType", "Content-Type"],
    ]);
    expect(syntax.status).toBeUndefined();
  });
});
