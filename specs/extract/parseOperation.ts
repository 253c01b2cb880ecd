/** Reads one operation section into an OperationFact. */
import type { Inference, MemberFact, OperationFact, Problem } from "./facts.ts";
import { BODY_KIND, HEADINGS } from "./labels.ts";
import type { Paragraph } from "./paragraphs.ts";
import { parseErrors } from "./parseErrors.ts";
import { parseMember } from "./parseMember.ts";
import { parseRequestSyntax, parseResponseSyntax, type RequestSyntax } from "./parseSyntax.ts";
import { regions } from "./regions.ts";
import { splitMembers } from "./splitMembers.ts";

const OPERATION_HEADINGS = {
  requestSyntax: HEADINGS.requestSyntax,
  uriParameters: HEADINGS.uriParameters,
  requestBody: HEADINGS.requestBody,
  responseSyntax: HEADINGS.responseSyntax,
  responseElements: HEADINGS.responseElements,
  errors: HEADINGS.errors,
  seeAlso: HEADINGS.seeAlso,
};

type Mode = MemberFact["binding"];

function members(
  section: string,
  region: readonly Paragraph[],
  mode: Mode,
  problems: Problem[],
): MemberFact[] {
  return splitMembers(region).blocks.map((b) => {
    const parsed = parseMember(b.name, { section, line: b.heading.line }, b.body);
    for (const p of parsed.problems) problems.push({ ...p, section });
    parsed.member.binding = mode;
    return parsed.member;
  });
}

/** Binds URI members to label, query or header by where the request syntax names them. */
function bindUriMember(m: MemberFact, syntax: RequestSyntax, section: string, inferences: Inference[]): void {
  const segments = syntax.path.split("/");
  const query = syntax.query.find(([, v]) => v === m.name);
  const header = syntax.headers.get(m.name);
  if (segments.includes(m.name)) {
    m.binding = "label";
    m.required = true; // Smithy: every httpLabel member is required.
  } else if (query) {
    m.binding = "query";
    m.wireName = query[0];
  } else if (header) {
    m.binding = "header";
    m.wireName = header;
  } else {
    // The PDF cut some request lines short (ListLayers loses `&MaxItems=MaxItems`); a URI member
    // that is no path segment and no header can only be a query parameter.
    m.binding = "query";
    m.wireName = m.name;
    inferences.push({
      section,
      line: m.source.line,
      member: m.name,
      constraint: "binding",
      what: `query parameter ${m.name}=${m.name}`,
      evidence:
        "documented under URI 요청 파라미터, not a path segment or header, absent from the cut request line",
    });
  }
}

/** Response elements switch binding at the sentences that say where the next members travel. */
function responseMembers(
  section: string,
  region: readonly Paragraph[],
  initial: Mode,
  problems: Problem[],
): { members: MemberFact[]; status?: number } {
  const out: MemberFact[] = [];
  let status: number | undefined;
  let mode = initial;
  let chunk: Paragraph[] = [];
  const flush = (): void => {
    out.push(...members(section, chunk, mode, problems));
    chunk = [];
  };
  for (const p of region) {
    const next: Mode | undefined = BODY_KIND.responseHeaders.test(p.text)
      ? "header"
      : BODY_KIND.payloadResponse.test(p.text)
        ? "payload"
        : BODY_KIND.jsonResponse.test(p.text)
          ? "body"
          : undefined;
    const s = /(?:성공하면|successful)/.test(p.text) ? BODY_KIND.successStatus.exec(p.text)?.[1] : undefined;
    if (s !== undefined && status === undefined) status = Number(s);
    if (next) {
      flush();
      mode = next;
    } else chunk.push(p);
  }
  flush();
  return { members: out, ...(status === undefined ? {} : { status }) };
}

export function parseOperation(
  name: string,
  line: number,
  section: readonly Paragraph[],
  problems: Problem[],
  inferences: Inference[],
): OperationFact | undefined {
  const r = regions(section, OPERATION_HEADINGS);
  const missing = (["requestSyntax", "responseSyntax", "errors"] as const).filter((k) => !r[k]);
  if (missing.length > 0) {
    problems.push({ line, section: name, message: `operation ${name}: no ${missing.join(", ")} heading` });
    return undefined;
  }
  const syntax = parseRequestSyntax(r.requestSyntax ?? []);
  if (!syntax) {
    problems.push({
      line,
      section: name,
      message: `operation ${name}: no request line in the request syntax`,
    });
    return undefined;
  }
  const uriMembers = members(name, r.uriParameters ?? [], "body", problems);
  for (const m of uriMembers) bindUriMember(m, syntax, name, inferences);
  const labels = new Set(uriMembers.filter((m) => m.binding === "label").map((m) => m.name));
  const bindingQueryValues = new Set(uriMembers.filter((m) => m.binding === "query").map((m) => m.name));

  const bodyRegion = r.requestBody ?? [];
  const binary = bodyRegion.some((p) => BODY_KIND.binaryRequest.test(p.text));
  const bodyMembers = members(name, bodyRegion, binary ? "payload" : "body", problems);
  for (const m of bodyMembers) if (binary && m.type.kind === "string") m.type = { kind: "blob" };

  const responseSyntax = parseResponseSyntax(r.responseSyntax ?? []);
  const response = responseMembers(
    name,
    r.responseElements ?? [],
    responseSyntax.status === undefined ? "statusCode" : "body",
    problems,
  );
  for (const m of response.members) {
    if (m.binding === "header") m.wireName = responseSyntax.headers.get(m.name) ?? m.name;
    if (m.binding === "statusCode") m.type = { kind: "integer" };
    if (m.binding === "payload" && m.type.kind === "string") m.type = { kind: "blob" };
  }

  const path = syntax.path
    .split("/")
    .map((s) => (labels.has(s) ? `{${s}}` : s))
    .join("/");
  const literals = syntax.query.filter(([, v]) => !bindingQueryValues.has(v)).map(([k, v]) => `${k}=${v}`);
  return {
    name,
    source: { section: name, line },
    method: syntax.method,
    uri: literals.length > 0 ? `${path}?${literals.join("&")}` : path,
    successCode: response.status ?? responseSyntax.status ?? 200,
    input: [...uriMembers, ...bodyMembers],
    output: response.members,
    errors: parseErrors(name, r.errors ?? [], problems),
    syntaxNames: [
      ...syntax.headers.keys(),
      ...syntax.jsonKeys,
      ...syntax.query.filter(([k, v]) => k.toLowerCase() === v.toLowerCase()).map(([, v]) => v),
      ...responseSyntax.headers.keys(),
      ...responseSyntax.jsonKeys,
    ],
  };
}
