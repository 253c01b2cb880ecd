import { HttpRequest } from "@smithy/protocol-http";
import type { RawRequest } from "./rawTransport.ts";

/**
 * `req` as @smithy/protocol-http holds it for signing, with the host and length headers the raw
 * transport sends; the caller's headers (lower-cased) win where given.
 */
export function toHttpRequest(req: RawRequest, base: URL): HttpRequest {
  const body = req.body ?? "";
  const query: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(req.query ?? {})) query[k] = typeof v === "string" ? v : [...v];
  const headers: Record<string, string> = {
    host: base.host,
    "content-length": String(Buffer.byteLength(body)),
  };
  for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v;
  return new HttpRequest({
    protocol: base.protocol,
    hostname: base.hostname,
    ...(base.port ? { port: Number(base.port) } : {}),
    method: req.method,
    path: req.path,
    query,
    headers,
    body,
  });
}
