/**
 * An event-stream answer (`application/vnd.amazon.eventstream`) as output members: each frame's
 * `:event-type` names the member (`PayloadChunk`, `InvokeComplete`); a JSON payload is the member's
 * value, a binary one its `Payload` blob (base64). Frames are decoded with the SDK's own codec, whose
 * CRC checks make a corrupt stream a problem to report, not a value to judge.
 */
import { EventStreamCodec } from "@smithy/core/event-streams";
import { EVENT_STREAM_MEDIA_TYPE, type TransportResponse } from "../../core/transportResponse.ts";

const codec = new EventStreamCodec(
  (bytes) => Buffer.from(bytes).toString("utf8"),
  (text) => new Uint8Array(Buffer.from(text, "utf8")),
);

/** Whether the answer carries event-stream frames. */
export function isEventStream(response: Pick<TransportResponse, "headers">): boolean {
  return (response.headers["content-type"] ?? "").toLowerCase().startsWith(EVENT_STREAM_MEDIA_TYPE);
}

/** The members the frames carry (the last frame of a type wins, as for a JSON member), or why not. */
export function eventStreamMembers(
  body: string,
): { ok: true; value: Record<string, unknown> } | { ok: false; problem: string } {
  const bytes = Buffer.from(body, "latin1");
  const value: Record<string, unknown> = {};
  let at = 0;
  try {
    while (at < bytes.length) {
      const length = bytes.readUInt32BE(at);
      const message = codec.decode(bytes.subarray(at, at + length));
      at += length;
      const type = message.headers[":event-type"]?.value;
      if (message.headers[":message-type"]?.value !== "event" || typeof type !== "string")
        return {
          ok: false,
          problem: `event-stream frame is not an event (${String(type ?? "no :event-type")})`,
        };
      const payload = Buffer.from(message.body);
      const json = message.headers[":content-type"]?.value === "application/json";
      value[type] = json ? JSON.parse(payload.toString("utf8")) : { Payload: payload.toString("base64") };
    }
  } catch (e) {
    return { ok: false, problem: `event-stream frames do not decode: ${(e as Error).message}` };
  }
  return { ok: true, value };
}
