import { EventStreamCodec } from "@smithy/core/event-streams";
import { describe, expect, it } from "vitest";
import { bodyText } from "../../core/transportResponse.ts";
import { eventStreamMembers } from "./eventStreamMembers.ts";

const codec = new EventStreamCodec(
  (b) => Buffer.from(b).toString("utf8"),
  (t) => new Uint8Array(Buffer.from(t, "utf8")),
);
const frame = (type: string, contentType: string, body: string): Buffer =>
  Buffer.from(
    codec.encode({
      headers: {
        ":message-type": { type: "string", value: "event" },
        ":event-type": { type: "string", value: type },
        ":content-type": { type: "string", value: contentType },
      },
      body: new Uint8Array(Buffer.from(body)),
    }),
  );

describe("eventStreamMembers", () => {
  const wire = Buffer.concat([
    frame("PayloadChunk", "application/octet-stream", '{"ok": true}'),
    frame("InvokeComplete", "application/json", '{"LogResult": ""}'),
  ]);

  it("reads each frame as the member its :event-type names, through the transport's latin1 text", () => {
    expect(eventStreamMembers(bodyText(wire, "application/vnd.amazon.eventstream"))).toEqual({
      ok: true,
      value: {
        PayloadChunk: { Payload: Buffer.from('{"ok": true}').toString("base64") },
        InvokeComplete: { LogResult: "" },
      },
    });
  });

  it("reports frames whose checksum does not hold (a body decoded as UTF-8 loses bytes)", () => {
    const lossy = eventStreamMembers(Buffer.from(wire.toString("utf8"), "utf8").toString("latin1"));
    expect(lossy.ok).toBe(false);
    const flipped = Buffer.from(wire);
    flipped[20] = (flipped[20] ?? 0) ^ 0xff;
    expect(eventStreamMembers(flipped.toString("latin1"))).toMatchObject({ ok: false });
  });
});
