/** Facts → Smithy 2.0 JSON AST (the conventions are in ARCHITECTURE.md). */

import { EVENT_STREAM_MEMBER } from "./eventStreams.ts";
import type {
  Bounds,
  DocumentFacts,
  ErrorFact,
  MemberFact,
  Problem,
  TypeFact,
  ValueConstraints,
} from "./facts.ts";
import { type AstShape, ShapeRegistry } from "./shapeRegistry.ts";

export const NAMESPACE = "com.amazonaws.lambda";
const PRELUDE: Record<string, string> = {
  string: "smithy.api#String",
  integer: "smithy.api#Integer",
  long: "smithy.api#Long",
  double: "smithy.api#Double",
  boolean: "smithy.api#Boolean",
  timestamp: "smithy.api#Timestamp",
  blob: "smithy.api#Blob",
};

function bounds(b: Bounds | undefined): Record<string, number> | undefined {
  return b
    ? { ...(b.min === undefined ? {} : { min: b.min }), ...(b.max === undefined ? {} : { max: b.max }) }
    : undefined;
}

/** Constraint traits of one value (member, list member, map key or value). */
function valueTraits(v: ValueConstraints): Record<string, unknown> {
  const t: Record<string, unknown> = {};
  if (v.length) t["smithy.api#length"] = bounds(v.length);
  if (v.range) t["smithy.api#range"] = bounds(v.range);
  if (v.pattern !== undefined) t["smithy.api#pattern"] = v.pattern;
  return t;
}

/** Enum member names must be identifiers; values like `nodejs18.x` become `NODEJS18_X`. */
function enumMemberName(value: string, taken: Set<string>): string {
  let base = value
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!/^[A-Z]/.test(base)) base = `V_${base}`;
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}_${i}`;
  taken.add(name);
  return name;
}

function enumShape(values: readonly string[]): AstShape {
  const taken = new Set<string>();
  const members: Record<string, unknown> = {};
  for (const v of values)
    members[enumMemberName(v, taken)] = { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": v } };
  return { type: "enum", members };
}

export function buildAst(facts: DocumentFacts, problems: Problem[]): Record<string, unknown> {
  const reg = new ShapeRegistry(NAMESPACE);
  const structures = new Set(facts.dataTypes.map((t) => t.name));
  const errorStatus = new Map<string, number>();
  const allErrors: ErrorFact[] = [...facts.commonErrors, ...facts.operations.flatMap((o) => o.errors)];
  for (const e of allErrors) if (!errorStatus.has(e.name)) errorStatus.set(e.name, e.status);

  /** The target of a value of type `t` with constraints `v`, generating enum/list/map shapes. */
  const target = (t: TypeFact, v: ValueConstraints, m: MemberFact, container: string): string => {
    switch (t.kind) {
      case "structure":
        if (!structures.has(t.ref))
          problems.push({ ...m.source, message: `member ${m.name} refers to unknown data type ${t.ref}` });
        return reg.id(t.ref);
      case "list": {
        const item = t.item.kind === "list" || t.item.kind === "map" ? {} : v;
        const memberTarget = target(t.item, item, m, container);
        const shape = { type: "list", member: { target: memberTarget, traits: valueTraits(item) } };
        const base = t.item.kind === "structure" ? `${t.item.ref}List` : `${m.name}List`;
        return reg.generated([base, `${container}${m.name}List`], tidy(shape));
      }
      case "map": {
        const keyTarget = m.key.enum
          ? reg.generated([`${m.name}Key`], enumShape(m.key.enum))
          : PRELUDE.string;
        const valueIsList = t.value.kind === "list";
        const valueTarget = valueIsList
          ? target(t.value, v, { ...m, itemCount: undefined }, container)
          : target(t.value, v, m, container);
        const valueTraitsOf = valueIsList
          ? { ...(m.itemCount ? { "smithy.api#length": bounds(m.itemCount) } : {}) }
          : valueTraits(v);
        const shape = {
          type: "map",
          key: { target: keyTarget, traits: valueTraits({ ...m.key, enum: undefined }) },
          value: { target: valueTarget, traits: valueTraitsOf },
        };
        return reg.generated([`${m.name}Map`, `${container}${m.name}Map`], tidy(shape));
      }
      case "string":
        return v.enum
          ? reg.generated([m.name, `${container}${m.name}`], enumShape(v.enum))
          : (PRELUDE.string ?? "");
      default:
        return PRELUDE[t.kind] ?? "";
    }
  };

  const structure = (
    name: string,
    members: readonly MemberFact[],
    traits: Record<string, unknown>,
    type: "structure" | "union" = "structure",
    extra: Record<string, unknown> = {},
  ): string => {
    const out: Record<string, unknown> = {};
    for (const m of members) {
      if (out[m.name]) {
        problems.push({ ...m.source, message: `member ${m.name} of ${name} documented twice` });
        continue;
      }
      const scalar = m.type.kind !== "list" && m.type.kind !== "map";
      const count = m.type.kind === "list" ? m.itemCount : m.type.kind === "map" ? m.entryCount : undefined;
      const t: Record<string, unknown> = scalar ? valueTraits({ ...m.value, enum: undefined }) : {};
      if (count) t["smithy.api#length"] = bounds(count);
      if (m.required) t["smithy.api#required"] = {};
      Object.assign(t, bindingTraits(m));
      out[m.name] = tidy({ target: target(m.type, m.value, m, name), traits: t });
    }
    return reg.fixed(name, tidy({ type, members: { ...out, ...extra }, traits }));
  };

  const streams = new Map(facts.eventStreams.map((s) => [s.operation, s]));
  const unions = new Set(facts.eventStreams.map((s) => s.union));
  for (const dt of facts.dataTypes)
    if (unions.has(dt.name)) structure(dt.name, dt.members, { "smithy.api#streaming": {} }, "union");
    else structure(dt.name, dt.members, {});
  for (const [name, status] of errorStatus)
    reg.fixed(name, {
      type: "structure",
      members: {},
      traits: { "smithy.api#error": status >= 500 ? "server" : "client", "smithy.api#httpError": status },
    });
  const operations: string[] = [];
  for (const op of facts.operations) {
    const input = structure(`${op.name}Request`, op.input, { "smithy.api#input": {} });
    const stream = streams.get(op.name);
    const output = stream
      ? structure(
          `${op.name}Response`,
          op.output.filter((m) => !stream.members.includes(m.name)),
          { "smithy.api#output": {} },
          "structure",
          {
            [EVENT_STREAM_MEMBER]: {
              target: reg.id(stream.union),
              traits: { "smithy.api#httpPayload": {} },
            },
          },
        )
      : structure(`${op.name}Response`, op.output, { "smithy.api#output": {} });
    operations.push(
      reg.fixed(op.name, {
        type: "operation",
        input: { target: input },
        output: { target: output },
        errors: [...new Set(op.errors.map((e) => e.name))].map((e) => ({ target: reg.id(e) })),
        traits: { "smithy.api#http": { method: op.method, uri: op.uri, code: op.successCode } },
      }),
    );
  }
  reg.fixed("Lambda", {
    type: "service",
    version: "2015-03-31",
    operations: operations.map((target) => ({ target })),
    errors: facts.commonErrors.map((e) => ({ target: reg.id(e.name) })),
    traits: { "aws.protocols#restJson1": {}, "aws.auth#sigv4": { name: "lambda" } },
  });
  const shapes: Record<string, AstShape> = {};
  for (const name of [...reg.shapes.keys()].sort()) shapes[reg.id(name)] = reg.shapes.get(name) ?? {};
  return { smithy: "2.0", metadata: { source: "AWS Lambda API Reference 2015-03-31 (ko)" }, shapes };
}

function bindingTraits(m: MemberFact): Record<string, unknown> {
  switch (m.binding) {
    case "label":
      return { "smithy.api#httpLabel": {} };
    case "query":
      return { "smithy.api#httpQuery": m.wireName ?? m.name };
    case "header":
      return { "smithy.api#httpHeader": m.wireName ?? m.name };
    case "payload":
      return { "smithy.api#httpPayload": {} };
    case "statusCode":
      return { "smithy.api#httpResponseCode": {} };
    default:
      return {};
  }
}

/** Drops empty `traits` objects so the AST stays minimal. */
function tidy<T extends Record<string, unknown>>(shape: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(shape)) {
    if (k === "traits" && v && typeof v === "object" && Object.keys(v).length === 0) continue;
    if (v && typeof v === "object" && !Array.isArray(v) && (k === "member" || k === "key" || k === "value"))
      out[k] = tidy(v as Record<string, unknown>);
    else if (v !== undefined) out[k] = v;
  }
  return out as T;
}
