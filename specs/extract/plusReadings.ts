/**
 * `\+` inside a character class has two readings: the `+` quantifier pushed inside the brackets
 * (`/\+]` for `/]+`), or a `\.` the conversion turned into `\+`. Each family of occurrences settles
 * it from its other evidence: whether its occurrences without the garbling have a dot in their
 * classes (its clean twins), and whether the member's examples contain a dot. The quantifier is the
 * default: it is what the conversion did most.
 */
import type { Occurrence } from "./occurrence.ts";
import { hasPlusInClass, type PlusReading, repairPattern } from "./repairPattern.ts";

function classesContainDot(p: string): boolean {
  return (p.match(/\[(?:\\.|[^\]\\])*\]/g) ?? []).some((cls) => {
    try {
      return new RegExp(`^${cls}$`, "u").test(".");
    } catch {
      return false;
    }
  });
}

/** Re-repairs the family's ambiguous occurrences with the reading its evidence supports. */
export function settlePlusReadings(family: readonly Occurrence[]): void {
  const ambiguous = family.filter((o) => hasPlusInClass(o.original));
  if (ambiguous.length === 0) return;
  const twins = family.filter((o) => !hasPlusInClass(o.original));
  const withDot = twins.filter((o) => classesContainDot(o.candidate)).length;
  const examples = family.flatMap((o) => (o.constraint === "pattern" ? o.member.examples : []));
  const dottedExample = examples.find((e) => e.includes("."));
  const reading: PlusReading =
    dottedExample !== undefined || withDot > twins.length - withDot ? "dot" : "quantifier";
  const because = [
    `${withDot} of ${twins.length} occurrences without \\+ in a class have a dot in one`,
    ...(dottedExample === undefined ? [] : [`the member's example ${dottedExample} contains a dot`]),
  ].join("; ");
  for (const o of ambiguous) {
    const r = repairPattern(o.original, reading);
    o.candidate = r.pattern;
    o.rules = r.rules;
    o.reading = `\\+ in a class read as ${reading === "dot" ? "a lost \\." : "the pushed + quantifier"} (${because})`;
  }
}
