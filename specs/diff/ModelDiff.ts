/** What changed between model A and model B, one kind per reportable difference. */
export type ChangeKind =
  | "operationAdded"
  | "operationRemoved"
  | "httpChanged"
  | "errorAdded"
  | "errorRemoved"
  | "memberAdded"
  | "memberRemoved"
  | "typeChanged"
  | "requiredChanged"
  | "bindingChanged"
  | "lengthChanged"
  | "rangeChanged"
  | "enumChanged"
  | "patternChanged";

/** A string exactly one of two patterns accepts as a whole value: proof the pattern change matters. */
export interface PatternWitness {
  readonly value: string;
  /** The model whose pattern accepts `value`; the other one rejects it. */
  readonly acceptedBy: "a" | "b";
}

/** One difference, located by operation and member path. */
export interface Change {
  readonly kind: ChangeKind;
  /** Operation name; `*` for the service (common errors). */
  readonly operation: string;
  /** Member path from the operation (`input.Code.S3Bucket`, `output.Layers[]`, `errors.X`); empty for the operation itself. */
  readonly path: string;
  /** The value in model A (absent when added). */
  readonly a?: unknown;
  /** The value in model B (absent when removed). */
  readonly b?: unknown;
  /** enumChanged: values only B has, and values only A has. */
  readonly added?: readonly string[];
  readonly removed?: readonly string[];
  /** patternChanged: a distinguishing string; absent when the search found none (the patterns may be equivalent). */
  readonly witness?: PatternWitness;
  /** Other operations reaching the same member: a shared shape's change is reported once, under the first operation. */
  readonly alsoIn?: readonly string[];
}

/** The JSON output of `diff`: both services and every change, operations in name order. */
export interface ModelDiff {
  readonly a: { readonly service: string; readonly version: string };
  readonly b: { readonly service: string; readonly version: string };
  readonly changes: readonly Change[];
}
