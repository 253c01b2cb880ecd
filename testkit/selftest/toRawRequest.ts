import type { RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";
import type { RawRequest } from "../../suites/transports/rawTransport.ts";

/**
 * Just enough restJson1 serialisation for the self-tests' hand-built cases (labels, query, headers, JSON body,
 * blob payload); the suite's own request builder is the engine's concern, not this one.
 */
export function toRawRequest(operation: OperationView, c: RequestCase): RawRequest {
  let path = operation.uri;
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  const body: Record<string, unknown> = {};
  let payload: Buffer | undefined;
  for (const [name, value] of Object.entries(c.input)) {
    const binding = operation.input.members?.get(name)?.binding ?? { kind: "body" };
    const text = String(value);
    if (binding.kind === "label") path = path.replace(`{${name}}`, encodeURIComponent(text));
    else if (binding.kind === "query") query[binding.name] = text;
    else if (binding.kind === "header") headers[binding.name] = text;
    else if (binding.kind === "payload") payload = Buffer.from(text, "base64");
    else body[name] = value;
  }
  const hasBody = payload !== undefined || Object.keys(body).length > 0 || c.rawBody !== undefined;
  return {
    method: operation.method,
    path,
    query,
    headers: hasBody ? { ...headers, "Content-Type": "application/json" } : headers,
    ...(hasBody ? { body: c.rawBody ?? payload ?? JSON.stringify(body) } : {}),
  };
}
