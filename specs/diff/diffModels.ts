import type { OperationView, ServiceView, ShapeView } from "../../core/serviceView.ts";
import type { Change, ModelDiff } from "./ModelDiff.ts";
import { createMemberDiffer, type MemberDiffer } from "./memberDiffer.ts";

/** Every difference between two models of the same service, per operation and member, operations in name order. */
export function diffModels(a: ServiceView, b: ServiceView): ModelDiff {
  const changes: Change[] = [];
  const members = createMemberDiffer();
  changes.push(...diffErrors("*", a.commonErrors, b.commonErrors, members));
  const names = [...new Set([...a.operations.keys(), ...b.operations.keys()])].sort();
  for (const name of names) {
    const opA = a.operations.get(name);
    const opB = b.operations.get(name);
    if (opA && !opB) changes.push({ kind: "operationRemoved", operation: name, path: "", a: endpoint(opA) });
    else if (!opA && opB)
      changes.push({ kind: "operationAdded", operation: name, path: "", b: endpoint(opB) });
    else if (opA && opB) changes.push(...diffOperation(opA, opB, members));
  }
  // Member changes come last per operation in this order of discovery; sort them in with the rest.
  const all = [...changes, ...members.changes()];
  const order = new Map(["*", ...names].map((name, index) => [name, index]));
  all.sort((x, y) => (order.get(x.operation) ?? 0) - (order.get(y.operation) ?? 0));
  return {
    a: { service: a.id, version: a.version },
    b: { service: b.id, version: b.version },
    changes: all,
  };
}

function diffOperation(a: OperationView, b: OperationView, members: MemberDiffer): Change[] {
  const operation = a.name;
  const changes: Change[] = [];
  const http = (path: string, x: unknown, y: unknown) => {
    if (x !== y) changes.push({ kind: "httpChanged", operation, path, a: x, b: y });
  };
  http("http.method", a.method, b.method);
  http("http.uri", a.uri, b.uri);
  http("http.code", a.successCode, b.successCode);
  members.compare(operation, "input", a.input, b.input);
  members.compare(operation, "output", a.output, b.output);
  changes.push(...diffErrors(operation, a.errors, b.errors, members));
  return changes;
}

/** Errors added and removed by name; errors in both compared for status and members. */
function diffErrors(
  operation: string,
  a: readonly ShapeView[],
  b: readonly ShapeView[],
  members: MemberDiffer,
): Change[] {
  const byName = (errors: readonly ShapeView[]) => new Map(errors.map((error) => [error.name, error]));
  const errorsA = byName(a);
  const errorsB = byName(b);
  const changes: Change[] = [];
  for (const [name, error] of errorsA) {
    const other = errorsB.get(name);
    const path = `errors.${name}`;
    if (!other) {
      changes.push({ kind: "errorRemoved", operation, path, a: error.error?.status });
      continue;
    }
    if (error.error?.status !== other.error?.status) {
      changes.push({
        kind: "httpChanged",
        operation,
        path: `${path}.status`,
        a: error.error?.status,
        b: other.error?.status,
      });
    }
    members.compare(operation, path, error, other);
  }
  for (const [name, error] of errorsB) {
    if (!errorsA.has(name))
      changes.push({ kind: "errorAdded", operation, path: `errors.${name}`, b: error.error?.status });
  }
  return changes;
}

function endpoint(operation: OperationView): string {
  return `${operation.method} ${operation.uri}`;
}
