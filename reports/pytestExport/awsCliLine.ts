/**
 * An AWS CLI line for one recorded request, beside its curl line: the request read back into the
 * operation's input members through the model's bindings (path labels, query, headers, JSON body or
 * payload) and given as `--cli-input-json`. The CLI validates parameters before sending, so for an
 * invalid case it may refuse where the suite's raw request (and the exported test) reached the target.
 */
import type { MemberView, OperationView } from "../../core/serviceView.ts";
import type { SentRequest } from "../../core/transportResponse.ts";

const NUMERIC = new Set(["integer", "long", "float", "double", "short", "byte"]);

/** `GetFunctionUrlConfig` → `get-function-url-config`. */
export function cliName(operation: string): string {
  return operation.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

function typed(member: MemberView, raw: string): unknown {
  if (NUMERIC.has(member.target.kind) && raw.trim() !== "" && Number.isFinite(Number(raw)))
    return Number(raw);
  if (member.target.kind === "boolean" && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}

/** The input members the request carried, as far as the bindings tell. */
function inputOf(op: OperationView, request: SentRequest): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const url = new URL(request.url, "http://endpoint");
  const members = [...(op.input.members?.values() ?? [])];
  const labels: string[] = [];
  const template = op.uri.split("?")[0] ?? op.uri;
  const pattern = template
    .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
    .replace(/\\?\{(\w+)(\\\+)?\}/g, (_m, name, greedy) => {
      labels.push(name);
      return greedy ? "(.*)" : "([^/]*)";
    });
  const matched = new RegExp(`^${pattern}$`).exec(url.pathname);
  labels.forEach((name, i) => {
    const member = members.find((m) => m.name === name);
    const raw = matched?.[i + 1];
    if (member && raw !== undefined) input[name] = typed(member, decodeURIComponent(raw));
  });
  for (const m of members) {
    const b = m.binding;
    if (b.kind === "query" && url.searchParams.has(b.name))
      input[m.name] = typed(m, url.searchParams.get(b.name) ?? "");
    if (b.kind === "header") {
      const value = Object.entries(request.headers).find(
        ([k]) => k.toLowerCase() === b.name.toLowerCase(),
      )?.[1];
      if (value !== undefined) input[m.name] = typed(m, value);
    }
    if (b.kind === "payload" && request.body !== undefined)
      input[m.name] =
        m.target.kind === "structure" ? safeJson(request.body) : Buffer.from(request.body).toString("base64");
  }
  if (!members.some((m) => m.binding.kind === "payload") && request.body) {
    const body = safeJson(request.body);
    if (body && typeof body === "object" && !Array.isArray(body)) Object.assign(input, body);
  }
  return input;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `aws lambda <op> --endpoint-url "$AWS_ENDPOINT_URL_LAMBDA" --cli-input-json '…'` (Invoke writes its payload to stdout). */
export function awsCliLine(op: OperationView, request: SentRequest): string {
  const json = JSON.stringify(inputOf(op, request)).replaceAll("'", "'\\''");
  const outfile = op.name === "Invoke" ? " /dev/stdout" : "";
  return `aws lambda ${cliName(op.name)} --endpoint-url "$AWS_ENDPOINT_URL_LAMBDA" --cli-input-json '${json}'${outfile}`;
}
