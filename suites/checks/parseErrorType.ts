// The SDK's own restJson1 reader (from @smithy/core via @aws-sdk/core), so "the error type" means what SDKs see.
import { loadRestJsonErrorCode } from "@aws-sdk/core/protocols";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { jsonBody } from "./jsonBody.ts";

/** Error type per response object (responses are immutable once received). */
const known = new WeakMap<object, string | undefined>();

/**
 * The error type as AWS SDKs read it for restJson1: `X-Amzn-ErrorType`, else body `code`, else `__type`,
 * with `ns#` and `:`/`,` suffixes stripped. Lambda's body `Type` ("User"/"Service") is the fault, not the type
 * (leniency `errorTypeLocation`).
 */
export function parseErrorType(response: Pick<TransportResponse, "headers" | "body">): string | undefined {
  // Every check's `implemented` precondition asks again for the same response: parse its body once.
  if (known.has(response)) return known.get(response);
  const type = readErrorType(response);
  known.set(response, type);
  return type;
}

function readErrorType(response: Pick<TransportResponse, "headers" | "body">): string | undefined {
  const body = jsonBody(response.body);
  const data = typeof body === "object" && body !== null ? body : undefined;
  let type: string | undefined;
  try {
    type = loadRestJsonErrorCode({ statusCode: 0, headers: response.headers }, data);
  } catch {
    // The SDK throws on a `code` that is neither string nor number (LocalStack sends some): no SDK can
    // name that error, so it has no type.
    return undefined;
  }
  return type === undefined || type.trim() === "" ? undefined : type.trim();
}
