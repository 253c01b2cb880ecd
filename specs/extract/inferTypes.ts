/**
 * Types the members the document leaves untyped (URI parameters, mostly), each from the document's
 * own evidence, and lists every such type as an inference: no member gets a type silently.
 */
import type { Inference, MemberFact, TypeFact } from "./facts.ts";

const SHOWN_TWINS = 3;
/** A description that says the value is a list: "…의 목록입니다." or "A list of …". */
const LIST_WORDS = /목록입니다\.?$|^A list of /i;

function typeName(t: TypeFact): string {
  return t.kind === "structure" ? t.ref : t.kind === "list" ? `list of ${typeName(t.item)}` : t.kind;
}

/** Members typed by their own type line, by their description text. */
function typedByDescription(members: readonly MemberFact[]): Map<string, MemberFact[]> {
  const out = new Map<string, MemberFact[]>();
  for (const m of members)
    if (m.typeFrom === "line" && m.description !== "")
      out.set(m.description, [...(out.get(m.description) ?? []), m]);
  return out;
}

function evidenceFor(m: MemberFact, twins: Map<string, MemberFact[]>): { type: TypeFact; evidence: string } {
  if (m.binding === "statusCode")
    return { type: m.type, evidence: "bound to the HTTP status code, a number" };
  if (m.binding === "payload") return { type: m.type, evidence: "bound to the raw HTTP body" };
  if (m.value.range)
    return { type: { kind: "integer" }, evidence: "no type line; its 유효 범위 (valid range) is numeric" };
  // A query parameter may repeat (`?tagKeys=a&tagKeys=b`): one the document calls a list (목록) is a list of text.
  if (m.binding === "query" && LIST_WORDS.test(m.description))
    return {
      type: { kind: "list", item: { kind: "string" } },
      evidence: `no type line; a query (URI) value its description calls a list: "${m.description}"`,
    };
  const same = twins.get(m.description) ?? [];
  const kinds = new Set(same.map((t) => JSON.stringify(t.type)));
  const first = same[0];
  if (first && kinds.size === 1 && first.type.kind !== "string") {
    const where = same
      .slice(0, SHOWN_TWINS)
      .map((t) => `${t.source.section}.${t.name} (line ${t.source.line})`)
      .join(", ");
    return {
      type: first.type,
      evidence: `no type line; the same description "${m.description}" heads ${same.length} typed member(s), all ${typeName(first.type)}: ${where}`,
    };
  }
  return {
    type: { kind: "string" },
    evidence: `no type line; a ${m.binding === "body" ? "body" : `${m.binding} (URI)`} value with no numeric range and no typed twin of its description is text`,
  };
}

export function inferTypes(members: readonly MemberFact[], inferences: Inference[]): void {
  const twins = typedByDescription(members);
  for (const m of members) {
    if (m.typeFrom === "line") continue;
    const { type, evidence } = evidenceFor(m, twins);
    m.type = type;
    m.typeFrom = "inferred";
    inferences.push({
      section: m.source.section,
      line: m.source.line,
      member: m.name,
      constraint: "type",
      what: typeName(type),
      evidence,
    });
  }
}
