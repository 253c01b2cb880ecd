import { SCHEMA_REJECTION_TYPES, SEMANTIC_REJECTION_TYPES, SIZE_REJECTION_TYPES } from "./leniencies.ts";

/** Why an error type rejects input: it does not fit the model, a value does not resolve, or a size limit. */
export type RejectionClass = "schema" | "semantic" | "size";

/** The rejection class of an error type, or undefined when it does not say the input was invalid. */
export function rejectionClass(errorType: string | undefined): RejectionClass | undefined {
  if (errorType === undefined) return undefined;
  if (SCHEMA_REJECTION_TYPES.includes(errorType)) return "schema";
  if (SEMANTIC_REJECTION_TYPES.includes(errorType)) return "semantic";
  if (SIZE_REJECTION_TYPES.includes(errorType)) return "size";
  return undefined;
}
