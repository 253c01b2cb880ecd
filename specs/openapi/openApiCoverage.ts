import type { MemberView, OperationView, ServiceView } from "../../core/serviceView.ts";
import type { JsonSchema } from "../validate/jsonSchema.ts";
import type { OpenApiDocument } from "./exportOpenApi.ts";
import { openApiPath } from "./openApiPath.ts";
import { type SchemaCoverage, schemaCoverage } from "./schemaCoverage.ts";

type Obj = Record<string, unknown> & JsonSchema;

/**
 * The round-trip check: every operation, member (at any depth), binding, status, error and constraint
 * of the model, read back from an exported document. Returns what is missing or misstated; empty when complete.
 */
export function missingFromOpenApi(view: ServiceView, doc: OpenApiDocument): string[] {
  const problems: string[] = [];
  const components = ((doc.components as Obj | undefined)?.schemas ?? {}) as Record<string, JsonSchema>;
  const schemas = schemaCoverage(components, problems);
  const found = new Map<string, { key: string; method: string; object: Obj }>();
  for (const [key, item] of Object.entries(doc.paths)) {
    for (const [method, object] of Object.entries(item))
      found.set(String(object.operationId), { key, method, object });
  }
  for (const operation of view.operations.values()) {
    const entry = found.get(operation.name);
    if (!entry) {
      problems.push(`${operation.name}: no operation`);
      continue;
    }
    const where = operation.name;
    if (entry.key !== openApiPath(operation.uri).key || entry.method !== operation.method.toLowerCase()) {
      problems.push(`${where}: at ${entry.method} ${entry.key}, not ${operation.method} ${operation.uri}`);
    }
    checkInput(operation, entry.object, schemas, problems);
    checkOutput(operation, entry.object, schemas, problems);
    checkErrors(operation, view, entry.object, components, problems);
  }
  return problems;
}

function checkInput(
  operation: OperationView,
  object: Obj,
  schemas: SchemaCoverage,
  problems: string[],
): void {
  const params = (object.parameters ?? []) as Obj[];
  const param = (where: string, name: string) => params.find((p) => p.in === where && p.name === name);
  for (const [name, value] of openApiPath(operation.uri).literalQuery) {
    const literal = param("query", name);
    if (!literal?.required || JSON.stringify((literal.schema as Obj)?.enum) !== JSON.stringify([value])) {
      problems.push(`${operation.name}: literal query ${name}=${value}`);
    }
  }
  const body = (object.requestBody as Obj | undefined)?.content as Record<string, Obj> | undefined;
  for (const member of operation.input.members?.values() ?? []) {
    const where = `${operation.name} input ${member.name}`;
    const { binding } = member;
    if (binding.kind === "label" || binding.kind === "query" || binding.kind === "header") {
      const inWhere = binding.kind === "label" ? "path" : binding.kind;
      const found = param(inWhere, binding.kind === "label" ? member.name : binding.name);
      if (!found) problems.push(`${where}: no ${inWhere} parameter`);
      else if (found.required !== (member.required || binding.kind === "label"))
        problems.push(`${where}: required`);
      schemas.checkMember(found?.schema as JsonSchema | undefined, member, where);
    } else checkBodyMember(body, member, `${operation.name} input`, schemas);
  }
}

function checkOutput(
  operation: OperationView,
  object: Obj,
  schemas: SchemaCoverage,
  problems: string[],
): void {
  const response = (object.responses as Record<string, Obj>)[String(operation.successCode)];
  if (!response) {
    problems.push(`${operation.name}: no ${operation.successCode} response`);
    return;
  }
  const headers = (response.headers ?? {}) as Record<string, Obj>;
  for (const member of operation.output.members?.values() ?? []) {
    const where = `${operation.name} output ${member.name}`;
    const { binding } = member;
    if (binding.kind === "header") {
      const header = headers[binding.name];
      if (!header) problems.push(`${where}: no header ${binding.name}`);
      schemas.checkMember(header?.schema as JsonSchema | undefined, member, where);
    } else if (binding.kind === "statusCode") {
      if (response["x-smithy-statusCodeMember"] !== member.name)
        problems.push(`${where}: status code member`);
    } else {
      const content = response.content as Record<string, Obj> | undefined;
      checkBodyMember(content, member, `${operation.name} output`, schemas);
    }
  }
}

function checkBodyMember(
  content: Record<string, Obj> | undefined,
  member: MemberView,
  where: string,
  schemas: SchemaCoverage,
): void {
  const media = Object.values(content ?? {})[0]?.schema as JsonSchema | undefined;
  if (member.binding.kind === "payload") {
    schemas.checkMember(media, member, `${where} ${member.name}`);
    return;
  }
  // Read through a one-member view of the body structure, so the member's `required` flag is checked too.
  const view = { id: `${where} body`, name: "body", kind: "structure" as const, constraints: {} };
  schemas.checkShape(media, { ...view, members: new Map([[member.name, member]]) }, where);
}

function checkErrors(
  operation: OperationView,
  view: ServiceView,
  object: Obj,
  components: Record<string, JsonSchema>,
  problems: string[],
): void {
  const responses = object.responses as Record<string, Obj>;
  for (const error of [...operation.errors, ...view.commonErrors]) {
    const where = `${operation.name} error ${error.name}`;
    const response = responses[String(error.error?.status)];
    if (!response || !(response["x-smithy-errors"] as string[] | undefined)?.includes(error.name)) {
      problems.push(`${where}: not listed under ${error.error?.status}`);
      continue;
    }
    const schema = (response.content as Record<string, Obj>)["application/json"]?.schema as Obj;
    const candidates = (schema.anyOf as Obj[] | undefined) ?? [schema];
    const matches = candidates.filter((candidate) => {
      const trial: string[] = [];
      schemaCoverage(components, trial).checkShape(candidate, error, where);
      return trial.length === 0;
    });
    if (matches.length === 0) problems.push(`${where}: no schema states its members`);
  }
}
