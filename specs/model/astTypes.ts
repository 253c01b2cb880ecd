/**
 * The subset of the Smithy 2.0 JSON AST the loader reads. Internal to `specs/model/`: nothing
 * outside this folder sees raw AST JSON.
 */

/** Trait values keyed by absolute trait id. */
export type AstTraits = Readonly<Record<string, unknown>>;

/** A shape reference such as an operation's `input` or a service's `errors` entry. */
export interface AstRef {
  readonly target: string;
}

/** A member of a structure, enum, list or map. */
export interface AstMember extends AstRef {
  readonly traits?: AstTraits;
}

/** Any shape of the `shapes` object; which fields are present depends on `type`. */
export interface AstShape {
  readonly type: string;
  readonly traits?: AstTraits;
  readonly members?: Readonly<Record<string, AstMember>>;
  readonly member?: AstMember;
  readonly key?: AstMember;
  readonly value?: AstMember;
  readonly version?: string;
  readonly operations?: readonly AstRef[];
  readonly resources?: readonly AstRef[];
  readonly errors?: readonly AstRef[];
  readonly input?: AstRef;
  readonly output?: AstRef;
  readonly [field: string]: unknown;
}

/** The parsed document, `apply` shapes already merged into their targets. */
export interface Ast {
  readonly smithy: string;
  readonly shapes: Readonly<Record<string, AstShape>>;
}
