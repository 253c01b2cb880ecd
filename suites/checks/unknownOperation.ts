import type { Check } from "../../core/check.ts";
import { applicableWhen, responded } from "./preconditions.ts";
import { probeVerdict, probing } from "./probeVerdict.ts";

/** A path no operation has is answered 404 UnknownOperationException. The document's `UnknownOperationException` 404; the answers per probe are `PROBE_EXPECTATIONS`. */
export const unknownOperation: Check = {
  name: "unknownOperation",
  description: "A path no operation has is answered 404 UnknownOperationException.",
  run: applicableWhen(responded, probing("unknownPath"))(probeVerdict),
};
