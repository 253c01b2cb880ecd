import type { MemberView, OperationView } from "../../core/serviceView.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { jsonBody } from "./jsonBody.ts";

/** An operation's whole output value rebuilt from the wire, or why it cannot be. */
export type OutputValue =
  | { readonly ok: true; readonly value: Record<string, unknown> }
  | { readonly ok: false; readonly problem: string };

/** True when the output has an `httpPayload` member: the body is that member, not a JSON object of members. */
export function hasPayloadOutput(operation: OperationView): boolean {
  return [...(operation.output.members?.values() ?? [])].some((m) => m.binding.kind === "payload");
}

/**
 * Rebuilds the output value the validator judges: body members (JSON), bound headers converted to their
 * member's kind, and the status code member. A blob or string payload is raw bytes, and an event stream
 * (a streaming union) binary frames: both are left out.
 */
export function outputValue(operation: OperationView, response: TransportResponse): OutputValue {
  const value: Record<string, unknown> = {};
  const body = jsonBody(response.body);
  if (!hasPayloadOutput(operation) && response.body.trim() !== "") {
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      return { ok: false, problem: "body is not a JSON object" };
    }
    Object.assign(value, body);
  }
  for (const member of operation.output.members?.values() ?? []) {
    const binding = member.binding;
    if (binding.kind === "header") {
      const raw = response.headers[binding.name.toLowerCase()];
      if (raw !== undefined) value[member.name] = fromHeader(member, raw);
    } else if (binding.kind === "statusCode") {
      value[member.name] = response.status;
    } else if (
      binding.kind === "payload" &&
      member.target.kind === "structure" &&
      !member.target.streaming &&
      body !== undefined
    ) {
      value[member.name] = body;
    }
  }
  return { ok: true, value };
}

/** Header text as its member's JSON value; text that does not convert stays text so the validator names the type error. */
function fromHeader(member: MemberView, raw: string): unknown {
  switch (member.target.kind) {
    case "integer":
    case "long":
    case "float":
    case "double":
      return raw.trim() !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    case "boolean":
      return raw === "true" ? true : raw === "false" ? false : raw;
    default:
      return raw;
  }
}
