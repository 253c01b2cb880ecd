/**
 * restJson1 serialization of an input value by the model's bindings, for the raw transport: labels
 * into the path, query and header members, the JSON body or the blob payload. Values are sent as
 * they are (a wrong-type value stays wrong) because invalid cases must reach the target unchanged.
 */
import type { RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";
import type { RawRequest } from "../transports/rawTransport.ts";

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined || value === null) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** `{Label}` and greedy `{Label+}` filled with percent-encoded values; literal query kept apart. */
function expandPath(
  uri: string,
  input: Readonly<Record<string, unknown>>,
): { path: string; literalQuery: string[] } {
  const [template = "", literal = ""] = uri.split("?");
  const path = template.replace(/\{([^}+]+)(\+?)\}/g, (_, name: string, greedy: string) => {
    const v = text(input[name]);
    return greedy ? v.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(v);
  });
  return { path, literalQuery: literal ? literal.split("&") : [] };
}

export function serializeRequest(op: OperationView, c: RequestCase): RawRequest {
  const { path, literalQuery } = expandPath(op.uri, c.input);
  const query: Record<string, string | string[]> = {};
  for (const pair of literalQuery) {
    const [k = "", v = ""] = pair.split("=");
    query[k] = v;
  }
  const headers: Record<string, string> = {};
  const body: Record<string, unknown> = {};
  let payload: string | Buffer | undefined;
  let payloadIsBlob = false;
  for (const member of op.input.members?.values() ?? []) {
    const value = c.input[member.name];
    if (value === undefined) continue;
    const b = member.binding;
    if (b.kind === "query") query[b.name] = Array.isArray(value) ? value.map(text) : text(value);
    else if (b.kind === "header") headers[b.name] = text(value);
    else if (b.kind === "payload") {
      payloadIsBlob = member.target.kind === "blob" && typeof value === "string";
      payload = payloadIsBlob ? Buffer.from(value as string, "base64") : JSON.stringify(value);
    } else if (b.kind === "body") body[member.name] = value;
  }
  // Members the model does not know (unknownMember violations) still go in the body.
  const known = new Set(op.input.members?.keys() ?? []);
  for (const [name, value] of Object.entries(c.input)) if (!known.has(name)) body[name] = value;

  let sent: string | Buffer | undefined = payload;
  if (c.rawBody !== undefined) sent = c.rawBody;
  else if (payload === undefined && Object.keys(body).length > 0) sent = JSON.stringify(body);
  else if (payload === undefined && hasBodyMembers(op) && op.method !== "GET") sent = "{}";
  if (sent !== undefined)
    headers["content-type"] =
      payloadIsBlob && c.rawBody === undefined ? "application/octet-stream" : "application/json";
  return { method: op.method, path, query, headers, ...(sent === undefined ? {} : { body: sent }) };
}

function hasBodyMembers(op: OperationView): boolean {
  return [...(op.input.members?.values() ?? [])].some((m) => m.binding.kind === "body");
}
