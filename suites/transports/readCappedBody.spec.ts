import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readCappedBody } from "./readCappedBody.ts";

describe("readCappedBody", () => {
  it("reads a body under the cap whole", async () => {
    const out = await readCappedBody(Readable.from([Buffer.from("ab"), Buffer.from("cd")]), 4);
    expect(out).toEqual({ bytes: Buffer.from("abcd"), truncated: false });
  });

  it("stops at the cap and destroys an endless stream", async () => {
    const stream = new Readable({
      read() {
        this.push(Buffer.alloc(1024, 120));
      },
    });
    const out = await readCappedBody(stream, 3000);
    expect(out.bytes).toHaveLength(3000);
    expect(out.truncated).toBe(true);
    expect(stream.destroyed).toBe(true);
  });

  it("rejects with the abort reason", async () => {
    const stream = new Readable({ read() {} });
    const controller = new AbortController();
    const reading = readCappedBody(stream, 10, controller.signal);
    controller.abort(new Error("deadline"));
    await expect(reading).rejects.toThrow("deadline");
  });
});
