import { describe, expect, it } from "vitest";
import { REDACTED, redactHeaders, redactUrl } from "./redactHeaders.ts";

describe("redactHeaders", () => {
  it("replaces every credential-bearing header, whatever its case", () => {
    const out = redactHeaders({
      Authorization: "AWS4-HMAC-SHA256 Credential=AKIA/..., Signature=abc",
      "X-Amz-Security-Token": "token",
      "x-amz-credential": "AKIA/20260101/us-east-1/lambda/aws4_request",
      "X-Amz-Signature": "abc",
      "Content-Type": "application/json",
      "x-multi": ["a", "b"],
      "x-missing": undefined,
    });
    expect(out).toEqual({
      Authorization: REDACTED,
      "X-Amz-Security-Token": REDACTED,
      "x-amz-credential": REDACTED,
      "X-Amz-Signature": REDACTED,
      "Content-Type": "application/json",
      "x-multi": "a, b",
    });
  });

  it("redacts presigned query parameters and leaves other URLs alone", () => {
    const url = redactUrl("http://127.0.0.1:1/p?X-Amz-Signature=abc&X-Amz-Credential=AKIA%2Fx&Marker=m");
    expect(url).not.toContain("abc");
    expect(url).not.toContain("AKIA");
    expect(url).toContain("Marker=m");
    expect(redactUrl("not a url")).toBe("not a url");
  });
});
