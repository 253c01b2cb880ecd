import { describe, expect, it } from "vitest";
import { assertLoopbackOrAllowed, isLoopbackHost } from "./assertLoopbackOrAllowed.ts";

describe("assertLoopbackOrAllowed", () => {
  it.each(["http://127.0.0.1:5000", "http://localhost:4566", "http://[::1]:1", "https://127.8.9.10"])(
    "accepts loopback %s",
    (url) => expect(() => assertLoopbackOrAllowed(url, false)).not.toThrow(),
  );

  it("refuses real AWS, and the SDK default, unless allowed", () => {
    expect(() => assertLoopbackOrAllowed("https://lambda.us-east-1.amazonaws.com", false)).toThrow(
      /refusing real AWS endpoint lambda\.us-east-1\.amazonaws\.com.*--allow-real-aws/,
    );
    expect(() => assertLoopbackOrAllowed(undefined, false)).toThrow(/no endpoint was given/);
    expect(() => assertLoopbackOrAllowed("https://lambda.us-east-1.amazonaws.com", true)).not.toThrow();
    expect(() => assertLoopbackOrAllowed(undefined, true)).not.toThrow();
  });

  it("refuses other non-loopback hosts, private ranges included", () => {
    for (const url of [
      "http://10.0.0.1:4566",
      "http://192.168.1.2",
      "http://example.test",
      "http://0.0.0.0:1",
    ]) {
      expect(() => assertLoopbackOrAllowed(url, false)).toThrow(/refusing non-loopback endpoint/);
    }
  });

  it("rejects what is not an http(s) URL", () => {
    expect(() => assertLoopbackOrAllowed("not a url", true)).toThrow(/invalid endpoint URL/);
    expect(() => assertLoopbackOrAllowed("file:///etc/passwd", true)).toThrow(/must be http\(s\)/);
  });

  it("does not take lookalike hosts for loopback", () => {
    expect(isLoopbackHost("127.0.0.1.example.test")).toBe(false);
    expect(isLoopbackHost("localhost.example.test")).toBe(false);
  });
});
