import type { Check } from "../../core/check.ts";
import { fail, PASS } from "./outcome.ts";
import { applicableWhen, type Precondition, responded, routedAs, violatesLabel } from "./preconditions.ts";
import { unimplementedSignal } from "./unimplementedSignal.ts";

/** A label violation may be routed nowhere, which looks like "not implemented" but is not (leniency `labelViolationRouting`). */
const routedAsSent: Precondition = (ctx) => !violatesLabel(ctx);

/** The target implements the operation; a fail's reason starts with `unimplemented:` so reports can group it. */
export const unimplementedOperation: Check = {
  name: "unimplementedOperation",
  description:
    "The target implements the operation (no 501, NotImplemented, untyped 404 or 'not yet implemented').",
  run: applicableWhen(
    responded,
    routedAsSent,
    // Where the operation exists, an answer that only looks unimplemented is not this check's to fail.
    routedAs("unimplemented", "implemented"),
  )(({ operation, response }) => {
    const signal = unimplementedSignal(response);
    return signal
      ? fail(
          `unimplemented: ${operation.name} (${signal.why}, status ${response.status})`,
          `${signal.id} ${response.status}`,
        )
      : PASS;
  }),
};
