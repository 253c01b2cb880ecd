/** Facts read from the reference document, before they become a Smithy AST. */

/** Where a fact came from, so every problem and repair can name its line. */
export interface Source {
  /** Operation or data type name. */
  readonly section: string;
  /** 1-based line in the document. */
  readonly line: number;
}

/** A member's type as the document states it (유형 / Type). */
export type TypeFact =
  | { readonly kind: "string" | "integer" | "long" | "double" | "boolean" | "timestamp" | "blob" }
  | { readonly kind: "structure"; readonly ref: string }
  | { readonly kind: "list"; readonly item: TypeFact }
  | { readonly kind: "map"; readonly value: TypeFact };

export interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

/** Constraints on one value: a string, a number, an item or a map value. */
export interface ValueConstraints {
  length?: Bounds;
  range?: Bounds;
  pattern?: string;
  enum?: string[];
}

export interface MemberFact {
  /** Mutable only to correct a heading the syntax spells otherwise (an inference in repairs.json). */
  name: string;
  readonly source: Source;
  type: TypeFact;
  /** How the type was known: read from its type line, or inferred (listed in repairs.json); unset until then. */
  typeFrom?: "line" | "inferred";
  /** The document line of the type line read, for the self-check that every type line was consumed. */
  typeLine?: number;
  /** The first description paragraph: evidence for typing a member the document leaves untyped. */
  readonly description: string;
  required: boolean;
  /** For scalars: the value; for lists of scalars: each item; for maps: each value. */
  readonly value: ValueConstraints;
  /** Item count of a list (배열 멤버): of the member itself, or of a map's list values. */
  itemCount?: Bounds;
  /** Entry count of a map (맵 항목). */
  entryCount?: Bounds;
  /** Map key constraints (키 길이 제약, 키 패턴, 유효한 키). */
  readonly key: ValueConstraints;
  /** Example values the document gives for this member (이름 형식 lists, 예: `…`). */
  readonly examples: string[];
  binding: "label" | "query" | "header" | "payload" | "statusCode" | "body";
  /** Query key or header name on the wire. */
  wireName?: string;
}

export interface ErrorFact {
  readonly name: string;
  readonly status: number;
  readonly source: Source;
}

export interface OperationFact {
  readonly name: string;
  readonly source: Source;
  readonly method: string;
  /** Smithy URI template with `{Label}`s and literal query parts removed. */
  readonly uri: string;
  readonly successCode: number;
  readonly input: MemberFact[];
  readonly output: MemberFact[];
  readonly errors: ErrorFact[];
  /** Every name the request and response syntax shows; each must be documented somewhere. */
  readonly syntaxNames: readonly string[];
}

export interface DataTypeFact {
  readonly name: string;
  readonly source: Source;
  readonly members: MemberFact[];
}

/** A section the extractor could not parse, or a count that did not add up. */
export interface Problem {
  readonly line: number;
  readonly section: string;
  readonly message: string;
}

/** A fact the document leaves implicit, filled in from its own evidence and listed in repairs.json. */
export interface Inference {
  readonly section: string;
  readonly line: number;
  readonly member: string;
  /** What was inferred: a binding, a type, or a member's name. */
  readonly constraint: "binding" | "type" | "name";
  /** The document's text replaced, when there was one (a heading's spelling). */
  readonly original?: string;
  readonly what: string;
  readonly evidence: string;
}

/** An operation whose response streams the members of one data type as events (see eventStreams.ts). */
export interface EventStreamFact {
  readonly operation: string;
  /** The data type whose members are the events; it becomes a streaming union. */
  readonly union: string;
  /** The response body members the stream replaces. */
  readonly members: readonly string[];
}

export interface DocumentFacts {
  readonly operations: OperationFact[];
  readonly eventStreams: readonly EventStreamFact[];
  readonly dataTypes: DataTypeFact[];
  readonly commonErrors: ErrorFact[];
  readonly problems: Problem[];
  readonly inferences: Inference[];
}
