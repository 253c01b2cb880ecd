import type { Check } from "../../core/check.ts";
import { applicableWhen, responded } from "./preconditions.ts";
import { probeVerdict, probing } from "./probeVerdict.ts";

/** A method an operation's path does not take is answered 404 UnknownOperationException. Leniency `methodNotAllowed`. */
export const unsupportedMethod: Check = {
  name: "unsupportedMethod",
  description: "A method an operation's path does not take is answered 404 UnknownOperationException.",
  run: applicableWhen(responded, probing("unsupportedMethod"))(probeVerdict),
};
