import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { STORED_BODY_CHARS, shownBody, storedBody } from "./storedBody.ts";

const LONG = "é".repeat(STORED_BODY_CHARS + 10);

describe("storedBody", () => {
  it("keeps a body that fits whole", () => {
    expect(storedBody("{}")).toEqual({ body: "{}" });
    expect(shownBody("{}")).toBe("{}");
  });

  it("keeps a long body's head, with the whole body's length and UTF-8 sha256", () => {
    expect(storedBody(LONG)).toEqual({
      body: LONG.slice(0, STORED_BODY_CHARS),
      bodyCut: { length: LONG.length, sha256: createHash("sha256").update(LONG, "utf8").digest("hex") },
    });
  });

  it("shows a long body's head and says how long the whole body is", () => {
    const shown = shownBody(LONG);
    expect(shown.startsWith(LONG.slice(0, STORED_BODY_CHARS))).toBe(true);
    expect(shown).toContain(`of ${LONG.length} characters`);
    expect(shown.length).toBeLessThan(STORED_BODY_CHARS + 300);
  });
});
