/**
 * The HTTP-level breakage of a protocol case, before signing: the operation's restJson1 request with
 * the path, method, media type, encoding or size the probe breaks. Signing probes keep it as it is.
 */
import type { RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";
import { serializeRequest } from "../engine/serializeRequest.ts";
import type { RawRequest } from "../transports/rawTransport.ts";
import { PAYLOAD_LIMITS } from "./probes.ts";

/**
 * Put after an operation path's first segment (the API version): no URI template of the model has a
 * label there, so no operation's route matches (probeWire.spec.ts). Appended, it would fill a trailing
 * label (`…/policy/{StatementId}`).
 */
export const UNKNOWN_SEGMENT = "lc-no-such-operation";
/** No Lambda operation takes PATCH, so it is a method every operation's path refuses. */
export const UNSUPPORTED_METHOD = "PATCH";

/** The request `c` describes, broken at the HTTP level as its probe says. */
export function probeWire(op: OperationView, c: RequestCase): RawRequest {
  const base = serializeRequest(op, c);
  const headers = { ...base.headers };
  switch (c.probe?.kind) {
    case "unknownPath":
      return { ...base, path: base.path.replace(/^(\/[^/]*)/, `$1/${UNKNOWN_SEGMENT}`) };
    case "unsupportedMethod": {
      delete headers["content-type"];
      const { body: _body, ...rest } = base;
      return { ...rest, method: UNSUPPORTED_METHOD, headers };
    }
    case "wrongContentType":
      return { ...base, headers: { ...headers, "content-type": "text/plain" } };
    case "undecodableBody":
      return { ...base, headers: { ...headers, "content-encoding": "gzip" } };
    case "oversizedPayload":
      return {
        ...base,
        // DryRun: a target that does not check the size answers 204 and runs nothing.
        headers: { ...headers, "x-amz-invocation-type": "DryRun", "content-type": "application/json" },
        body: oversizedJson((PAYLOAD_LIMITS[op.name] ?? 0) + 1),
      };
    default:
      return base;
  }
}

/** A JSON string of exactly `bytes` bytes. */
function oversizedJson(bytes: number): Buffer {
  const body = Buffer.alloc(bytes, "a");
  body[0] = 0x22;
  body[bytes - 1] = 0x22;
  return body;
}
