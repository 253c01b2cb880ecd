import type { OperationView, ShapeView } from "../../core/serviceView.ts";
import type { AstRef, AstShape } from "./astTypes.ts";
import { ModelError } from "./ModelError.ts";
import { shapeName } from "./shapeName.ts";
import { uriLabels } from "./uriLabels.ts";

/** Input/output shape id of an operation; Smithy defaults both to `smithy.api#Unit`. */
export function ioTarget(ref: AstRef | undefined): string {
  return ref?.target ?? "smithy.api#Unit";
}

/** The view of one operation: its `http` trait, input/output structures and errors, with labels checked against the URI. */
export function buildOperation(
  id: string,
  shape: AstShape,
  shapes: ReadonlyMap<string, ShapeView>,
): OperationView {
  const http = shape.traits?.["smithy.api#http"] as
    | { method?: unknown; uri?: unknown; code?: unknown }
    | undefined;
  if (!http) throw new ModelError(id, "operation has no smithy.api#http trait");
  const { method, uri, code = 200 } = http;
  if (typeof method !== "string" || typeof uri !== "string" || !uri.startsWith("/")) {
    throw new ModelError(id, "http trait needs a string method and a uri starting with /");
  }
  if (typeof code !== "number" || !Number.isInteger(code))
    throw new ModelError(id, "http code is not an integer");
  const input = ioShape(id, "input", ioTarget(shape.input), shapes);
  checkLabels(id, uri, input);
  return {
    id,
    name: shapeName(id),
    method,
    uri,
    successCode: code,
    input,
    output: ioShape(id, "output", ioTarget(shape.output), shapes),
    errors: errorShapes(id, shape.errors ?? [], shapes),
  };
}

/** Error structures referenced by an operation or a service; each must carry `smithy.api#error`. */
export function errorShapes(
  id: string,
  refs: readonly AstRef[],
  shapes: ReadonlyMap<string, ShapeView>,
): ShapeView[] {
  return refs.map((ref) => {
    const error = shapes.get(ref.target);
    if (!error) throw new ModelError(id, `error targets missing shape ${ref.target}`);
    if (!error.error)
      throw new ModelError(ref.target, `listed as an error of ${id} but has no smithy.api#error trait`);
    return error;
  });
}

function ioShape(
  id: string,
  role: string,
  target: string,
  shapes: ReadonlyMap<string, ShapeView>,
): ShapeView {
  const found = shapes.get(target);
  if (!found) throw new ModelError(id, `${role} targets missing shape ${target}`);
  if (found.kind !== "structure" && found.kind !== "unit") {
    throw new ModelError(id, `${role} ${target} is a ${found.kind}, not a structure`);
  }
  return found;
}

function checkLabels(id: string, uri: string, input: ShapeView): void {
  const labels = new Set(uriLabels(uri));
  const members = [...(input.members?.values() ?? [])].filter((member) => member.binding.kind === "label");
  for (const member of members) {
    if (!labels.has(member.name)) {
      throw new ModelError(id, `httpLabel member ${member.name} of ${input.id} is not in uri ${uri}`);
    }
  }
  const memberNames = new Set(members.map((member) => member.name));
  for (const label of labels) {
    if (!memberNames.has(label))
      throw new ModelError(id, `uri label {${label}} has no httpLabel member in ${input.id}`);
  }
}
