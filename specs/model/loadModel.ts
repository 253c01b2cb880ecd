import type { OperationView, ServiceView } from "../../core/serviceView.ts";
import type { AstShape } from "./astTypes.ts";
import { buildOperation, errorShapes, ioTarget } from "./buildOperation.ts";
import { buildShapes } from "./buildShapes.ts";
import { collectOperationIds } from "./collectOperationIds.ts";
import { findService } from "./findService.ts";
import { readAst } from "./readAst.ts";
import { shapeName } from "./shapeName.ts";

/** Reads the Smithy 2.0 JSON AST of a restJson1 service into the typed, indexed ServiceView; throws ModelError if invalid. */
export function loadModel(ast: unknown): ServiceView {
  const model = readAst(ast);
  const service = findService(model);
  const operationIds = collectOperationIds(model, service.id, service.shape);
  const operationShapes = operationIds.map((id) => [id, model.shapes[id] as AstShape] as const);
  const boundIds = new Set(operationShapes.flatMap(([, op]) => [ioTarget(op.input), ioTarget(op.output)]));
  const shapes = buildShapes(model, boundIds);
  const operations = new Map<string, OperationView>(
    operationShapes.map(([id, op]) => [shapeName(id), buildOperation(id, op, shapes)]),
  );
  return {
    id: service.id,
    namespace: service.id.slice(0, service.id.indexOf("#")),
    name: shapeName(service.id),
    version: service.shape.version ?? "",
    signingName: signingName(service.id, service.shape),
    operations,
    commonErrors: errorShapes(service.id, service.shape.errors ?? [], shapes),
    shapes,
  };
}

/** `aws.auth#sigv4` name; models without it fall back to the ARN namespace, then the lower-cased service name. */
function signingName(id: string, service: AstShape): string {
  const sigv4 = service.traits?.["aws.auth#sigv4"] as { name?: unknown } | undefined;
  if (typeof sigv4?.name === "string") return sigv4.name;
  const awsService = service.traits?.["aws.api#service"] as { arnNamespace?: unknown } | undefined;
  if (typeof awsService?.arnNamespace === "string") return awsService.arnNamespace;
  return shapeName(id).toLowerCase();
}
