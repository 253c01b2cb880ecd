import type { Violation } from "../../core/requestCase.ts";
import type { Binding, OperationView } from "../../core/serviceView.ts";

/** Where the top-level member an invalid case breaks travels (`label`, `query`, …); undefined for the whole body. */
export function violatedBinding(
  operation: OperationView,
  violation: Violation | undefined,
): Binding["kind"] | undefined {
  // JSON pointer: the first segment names the top-level member; `~1` and `~0` are `/` and `~`.
  const top = violation?.path.split("/")[1]?.replace(/~1/g, "/").replace(/~0/g, "~");
  return top === undefined ? undefined : operation.input.members?.get(top)?.binding.kind;
}
