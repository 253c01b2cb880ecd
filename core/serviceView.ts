/**
 * The typed, indexed view of a Smithy 2.0 JSON AST that every other part of the suite uses.
 * Only `specs/model/` reads raw AST JSON; everything downstream sees these types.
 */

/** Constraints in force on a value, member traits already merged over target traits. */
export interface Constraints {
  /** `smithy.api#length`: characters for strings, bytes for blobs, entries for lists and maps. */
  readonly length?: { readonly min?: number; readonly max?: number };
  /** `smithy.api#range`: numeric bounds, inclusive. */
  readonly range?: { readonly min?: number; readonly max?: number };
  /** `smithy.api#pattern`, unanchored as in Smithy; match it with `wholeValuePattern`. */
  readonly pattern?: string;
  /** Allowed values of an enum shape. */
  readonly enum?: readonly string[];
}

/** Where a top-level input or output member travels on the wire (restJson1). */
export type Binding =
  | { readonly kind: "label" }
  | { readonly kind: "query"; readonly name: string }
  | { readonly kind: "header"; readonly name: string }
  | { readonly kind: "payload" }
  | { readonly kind: "statusCode" }
  | { readonly kind: "body" };

export type ShapeKind =
  | "string"
  | "enum"
  | "integer"
  | "long"
  | "float"
  | "double"
  | "boolean"
  | "timestamp"
  | "blob"
  | "structure"
  | "list"
  | "map"
  | "unit";

/** A member of a structure, the member of a list, or the key/value of a map. */
export interface MemberView {
  readonly name: string;
  /** Shape id of the containing shape. */
  readonly container: string;
  readonly target: ShapeView;
  readonly required: boolean;
  readonly constraints: Constraints;
  /** For members of an operation's input/output structure; `body` everywhere else. */
  readonly binding: Binding;
}

export interface ShapeView {
  /** Absolute shape id, e.g. `com.amazonaws.lambda#FunctionConfiguration`. */
  readonly id: string;
  /** Shape name without namespace. */
  readonly name: string;
  readonly kind: ShapeKind;
  /** Constraints declared on the shape itself (members add their own on top). */
  readonly constraints: Constraints;
  /** Structure members in declaration order. */
  readonly members?: ReadonlyMap<string, MemberView>;
  /** List member. */
  readonly member?: MemberView;
  /** Map key and value. */
  readonly key?: MemberView;
  readonly value?: MemberView;
  /** True for a Smithy union (kind `structure`): exactly one member is set. */
  readonly union?: boolean;
  /** `smithy.api#streaming`: a blob streamed as raw bytes, or a union streamed as events (an event stream). */
  readonly streaming?: boolean;
  /** Present on error structures. */
  readonly error?: { readonly fault: "client" | "server"; readonly status: number };
}

export interface OperationView {
  readonly id: string;
  readonly name: string;
  readonly method: string;
  /** Smithy URI template, e.g. `/2015-03-31/functions/{FunctionName}/policy`. */
  readonly uri: string;
  /** Documented success status. */
  readonly successCode: number;
  readonly input: ShapeView;
  readonly output: ShapeView;
  /** Errors documented for this operation (service-wide errors are on the service). */
  readonly errors: readonly ShapeView[];
}

export interface ServiceView {
  readonly id: string;
  readonly namespace: string;
  readonly name: string;
  readonly version: string;
  /** SigV4 signing name (`aws.auth#sigv4`). */
  readonly signingName: string;
  readonly operations: ReadonlyMap<string, OperationView>;
  /** Errors any operation may return (the service shape's `errors`). */
  readonly commonErrors: readonly ShapeView[];
  readonly shapes: ReadonlyMap<string, ShapeView>;
}
