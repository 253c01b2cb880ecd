/**
 * The extractor checked against the document it read: every member heading has a type it read or an
 * inference with evidence, every type line inside an operation or data type was consumed by a member,
 * every example the document gives for a member is accepted by that member's pattern, and every enum
 * list of one member family (look-alike lists, whatever the member's name) agrees after repairs.
 */
import { enumFamilyDisagreements } from "../extract/enumFamily.ts";
import { extract } from "../extract/extract.ts";
import { locateSections } from "../extract/locateSections.ts";

/** Any spelling of a type label, wider than the extractor's own: a spelling it does not read shows up as a gap. */
const ANY_TYPE_LINE = /^(?:유형|타입|Type|형식|종류)\s*[:：]/;

export interface SelfCheck {
  readonly counts: {
    memberHeadings: number;
    typedByLine: number;
    typedByInference: number;
    untypedUnrecorded: number;
    typeLines: number;
    typeLinesConsumed: number;
    typeLinesOutsideMembers: number;
    enumLists: number;
  };
  readonly gaps: string[];
}

/** 1-based lines of type labels outside code fences, split by whether they lie in a member section. */
function typeLines(lines: readonly string[]): { inside: number[]; outside: number } {
  const layout = locateSections(lines, []);
  const spans = [...layout.operations, ...layout.dataTypes];
  const inside: number[] = [];
  let outside = 0;
  let code = false;
  lines.forEach((raw, i) => {
    if (raw.trim().startsWith("```")) code = !code;
    else if (!code && ANY_TYPE_LINE.test(raw.trim())) {
      if (spans.some((s) => i > s.start && i < s.end)) inside.push(i + 1);
      else outside++;
    }
  });
  return { inside, outside };
}

export function selfCheck(text: string): SelfCheck {
  const result = extract(text);
  const facts = result.facts;
  const members = [
    ...facts.operations.flatMap((o) => [...o.input, ...o.output].map((m) => ({ section: o.name, m }))),
    ...facts.dataTypes.flatMap((t) => t.members.map((m) => ({ section: t.name, m }))),
  ];
  const recorded = new Set(
    result.repairs.filter((r) => r.constraint === "type").map((r) => `${r.section}.${r.member}@${r.line}`),
  );
  const gaps: string[] = [];
  let typedByLine = 0;
  let typedByInference = 0;
  for (const { section, m } of members) {
    if (m.typeFrom === "line") typedByLine++;
    else if (m.typeFrom === "inferred" && recorded.has(`${section}.${m.name}@${m.source.line}`))
      typedByInference++;
    else gaps.push(`line ${m.source.line} ${section}.${m.name}: no type line read and no recorded inference`);
  }
  const consumed = new Set(members.flatMap(({ m }) => (m.typeLine === undefined ? [] : [m.typeLine])));
  const lines = typeLines(text.split(/\r?\n/));
  for (const line of lines.inside)
    if (!consumed.has(line)) gaps.push(`line ${line}: type line read by no member`);
  const disagreements = enumFamilyDisagreements(members.map(({ m }) => m));
  gaps.push(...disagreements);
  return {
    counts: {
      memberHeadings: members.length,
      typedByLine,
      typedByInference,
      untypedUnrecorded: members.length - typedByLine - typedByInference,
      typeLines: lines.inside.length,
      typeLinesConsumed: lines.inside.filter((l) => consumed.has(l)).length,
      typeLinesOutsideMembers: lines.outside,
      enumLists: members.filter(({ m }) => m.value.enum).length,
    },
    gaps,
  };
}
