/** Which constraint a value broke, in Smithy terms rather than JSON Schema keywords. */
export type IssueKind =
  | "pattern"
  | "length"
  | "range"
  | "enum"
  | "required"
  | "type"
  | "key"
  | "unknownMember";

/** One reason a value does not fit its shape. */
export interface ValidationIssue {
  /** JSON pointer to the offending value, e.g. `/Environment/Variables/KEY`; the missing or extra member for `required`/`unknownMember`. */
  readonly path: string;
  readonly kind: IssueKind;
  readonly message: string;
}

/** Outcome of validating one value; `warnings` holds unknown members when the caller allows them. */
export interface ValidationResult {
  readonly valid: boolean;
  readonly errors: readonly ValidationIssue[];
  readonly warnings: readonly ValidationIssue[];
}
