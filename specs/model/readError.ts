import type { ShapeView } from "../../core/serviceView.ts";
import type { AstTraits } from "./astTypes.ts";
import { ModelError } from "./ModelError.ts";

/** Fault and HTTP status of an error structure; `httpError` defaults to 400 for client and 500 for server faults. */
export function readError(traits: AstTraits | undefined, id: string): ShapeView["error"] {
  const fault = traits?.["smithy.api#error"];
  if (fault === undefined) return undefined;
  if (fault !== "client" && fault !== "server") {
    throw new ModelError(id, `error trait must be "client" or "server", got ${JSON.stringify(fault)}`);
  }
  const status = traits?.["smithy.api#httpError"] ?? (fault === "client" ? 400 : 500);
  if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599) {
    throw new ModelError(id, `httpError ${JSON.stringify(status)} is not an HTTP status`);
  }
  return { fault, status };
}
