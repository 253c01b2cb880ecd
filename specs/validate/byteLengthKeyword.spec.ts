import { describe, expect, it } from "vitest";
import { decodedSize } from "./byteLengthKeyword.ts";

describe("decodedSize", () => {
  it.each(["", "a", "ab", "abc", "abcd", "\u00ff\u0000x"])("matches Buffer for %j", (text) => {
    const base64 = Buffer.from(text, "latin1").toString("base64");
    expect(decodedSize(base64)).toBe(Buffer.from(base64, "base64").length);
  });
});
