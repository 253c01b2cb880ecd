import type { Binding } from "../../core/serviceView.ts";
import type { AstTraits } from "./astTypes.ts";
import { ModelError } from "./ModelError.ts";

/** Where a top-level input/output member travels, from its HTTP binding traits; `body` when it has none. */
export function readBinding(traits: AstTraits | undefined, where: string): Binding {
  if (!traits) return { kind: "body" };
  if ("smithy.api#httpLabel" in traits) return { kind: "label" };
  if ("smithy.api#httpQuery" in traits)
    return { kind: "query", name: readName(traits["smithy.api#httpQuery"], where) };
  if ("smithy.api#httpHeader" in traits) {
    return { kind: "header", name: readName(traits["smithy.api#httpHeader"], where) };
  }
  if ("smithy.api#httpPayload" in traits) return { kind: "payload" };
  if ("smithy.api#httpResponseCode" in traits) return { kind: "statusCode" };
  // Map-valued bindings have no Binding variant yet; failing loudly beats sending them in the body.
  for (const unsupported of ["smithy.api#httpPrefixHeaders", "smithy.api#httpQueryParams"]) {
    if (unsupported in traits) throw new ModelError(where, `${unsupported} binding is not supported`);
  }
  return { kind: "body" };
}

function readName(value: unknown, where: string): string {
  if (typeof value !== "string" || value === "")
    throw new ModelError(where, "binding name is not a non-empty string");
  return value;
}
