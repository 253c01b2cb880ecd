/**
 * One pattern (and one enum list) per member, chosen from the document's own evidence:
 * mechanical repairs, agreement across occurrences, and the document's example values.
 */

import { wholeValuePattern } from "../model/wholeValuePattern.ts";
import { enumFamilyKey } from "./enumFamily.ts";
import type { MemberFact, Problem } from "./facts.ts";
import type { Occurrence } from "./occurrence.ts";
import { settlePlusReadings } from "./plusReadings.ts";
import { repairPattern } from "./repairPattern.ts";
import { widenClass } from "./widenClass.ts";

/** One entry of repairs.json. */
export interface Repair {
  readonly section: string;
  readonly member: string;
  readonly line: number;
  readonly constraint: "pattern" | "keyPattern" | "enum" | "binding" | "type" | "name";
  readonly original: string;
  readonly repaired: string;
  readonly evidence: string;
}

function compiles(p: string): boolean {
  try {
    wholeValuePattern(p);
    return true;
  } catch {
    return false;
  }
}

/** Literal words (3+ letters) outside character classes, groups and escapes: what a value must contain. */
export function mandatoryWords(p: string): string[] {
  let depth = 0;
  let inClass = false;
  let top = "";
  for (let i = 0; i < p.length; i++) {
    const ch = p[i] ?? "";
    if (ch === "\\") {
      i++;
      top += " ";
      continue;
    }
    if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) return []; // a top-level alternation makes nothing mandatory
    top += depth === 0 && !inClass ? ch : " ";
  }
  return top.match(/[A-Za-z]{3,}/g) ?? [];
}

/** The pattern with each character class replaced by the printable ASCII it matches: equal keys, equal sets. */
export function semanticKey(p: string): string {
  return p.replace(/\[(?:\\.|[^\]\\])*\]/g, (cls) => {
    try {
      const re = new RegExp(`^${cls}$`, "u");
      let bits = "";
      for (let code = 0x20; code < 0x7f; code++) bits += re.test(String.fromCharCode(code)) ? "1" : "0";
      return `[${bits}]`;
    } catch {
      return cls;
    }
  });
}

function allWords(p: string): Set<string> {
  return new Set(
    p
      .replace(/\\[a-zA-Z]/g, " ")
      .replace(/\[[^\]]*\]/g, " ")
      .match(/[A-Za-z]{3,}/g) ?? [],
  );
}

function similar(a: Set<string>, b: Set<string>): boolean {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return true;
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / union.size > 0.5;
}

/** Groups one member name's occurrences into families of patterns that share their literal words. */
function families(occurrences: readonly Occurrence[]): Occurrence[][] {
  const out: { words: Set<string>; items: Occurrence[] }[] = [];
  for (const o of occurrences) {
    const words = allWords(o.candidate);
    const family = out.find((f) => similar(f.words, words));
    if (family) family.items.push(o);
    else out.push({ words, items: [o] });
  }
  return out.map((f) => f.items);
}

function accepts(p: string, value: string): boolean {
  return wholeValuePattern(p).test(value);
}

/**
 * Picks the family's pattern: it compiles, accepts the member's own examples, accepts the most of
 * the document's examples that contain its literal words, then has the most occurrences. When every
 * variant of the family rejects such examples, variants of other members with the same literal
 * words compete too (MasterArn's only variant lost the `+` that FunctionArn's keeps).
 */
function choose(
  family: readonly Occurrence[],
  pool: readonly string[],
  everyCandidate: readonly string[],
): { pattern: string; evidence: string } | undefined {
  const own = [...new Set(family.flatMap((o) => (o.constraint === "pattern" ? o.member.examples : [])))];
  const counts = new Map<string, number>();
  for (const o of family) counts.set(o.candidate, (counts.get(o.candidate) ?? 0) + 1);
  // Spellings of one character set (`[a-z-_-]`, `[a-z-_\-]`) are one vote, not two rivals.
  const votes = new Map<string, number>();
  for (const o of family) votes.set(semanticKey(o.candidate), (votes.get(semanticKey(o.candidate)) ?? 0) + 1);
  const agreement = (c: string): number => votes.get(semanticKey(c)) ?? 0;
  const accepted = [...counts.keys()].filter((c) => compiles(c) && own.every((e) => accepts(c, e)));
  if (accepted.length === 0) return widened(counts, own);
  // A clean occurrence (written so that no repair rule applies) wins over a vote among garbled ones.
  const clean = accepted.filter((c) => family.some((o) => o.candidate === c && o.rules.length === 0));
  const viable = clean.length > 0 ? clean : accepted;
  const majority = [...viable].sort((a, b) => agreement(b) - agreement(a))[0] ?? "";
  const words = mandatoryWords(majority);
  const applicable = words.length > 0 ? pool.filter((e) => words.every((w) => e.includes(w))) : [];
  const score = (c: string): number => applicable.filter((e) => accepts(c, e)).length;
  const key = words.join(" ");
  if (applicable.length > 0 && !viable.some((c) => score(c) === applicable.length)) {
    for (const c of everyCandidate)
      if (
        !viable.includes(c) &&
        mandatoryWords(c).join(" ") === key &&
        compiles(c) &&
        own.every((e) => accepts(c, e))
      )
        viable.push(c);
  }
  const ranked = [...viable].sort(
    (a, b) =>
      score(b) - score(a) ||
      agreement(b) - agreement(a) ||
      (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
      a.localeCompare(b),
  );
  const pattern = ranked[0] ?? "";
  const parts = [
    counts.has(pattern)
      ? `${agreement(pattern)} of ${family.length} occurrences agree after mechanical repairs`
      : `no occurrence of this member accepts the document's examples; taken from another member with the literal words ${words.join(", ")}`,
  ];
  if (clean.length > 0 && clean.length < accepted.length)
    parts.push(
      `written cleanly (no repair rule applies) in ${family.filter((o) => o.rules.length === 0).length} occurrence(s), which win over the vote`,
    );
  if (own.length > 0) parts.push(`accepts the member's examples ${own.join(", ")}`);
  if (applicable.length > 0)
    parts.push(
      `accepts ${score(pattern)} of ${applicable.length} document examples containing ${words.join(", ")}`,
    );
  return { pattern, evidence: parts.join("; ") };
}

/** When no variant accepts the member's own stated values, a one-class pattern may take back lost punctuation. */
function widened(
  counts: ReadonlyMap<string, number>,
  own: readonly string[],
): { pattern: string; evidence: string } | undefined {
  for (const c of [...counts.keys()].filter(compiles).sort()) {
    const w = widenClass(c, own);
    if (w)
      return {
        pattern: w.pattern,
        evidence: `rule class-lost-punctuation: no occurrence accepts the member's own values ${own.join(", ")}; its class lacks ${w.added.join(" ")}, which they contain`,
      };
  }
  return undefined;
}

/** Repairs every pattern in place; returns the repairs and reports families with no viable pattern. */
export function reconcilePatterns(members: readonly MemberFact[], problems: Problem[]): Repair[] {
  const pool = [...new Set(members.flatMap((m) => m.examples))];
  const byName = new Map<string, Occurrence[]>();
  for (const m of members) {
    for (const [constraint, target] of [
      ["pattern", m.value],
      ["keyPattern", m.key],
    ] as const) {
      if (target.pattern === undefined) continue;
      const { pattern, rules } = repairPattern(target.pattern);
      const o = { member: m, target, constraint, original: target.pattern, candidate: pattern, rules };
      // Occurrences with different length limits are different members the document keeps apart
      // (FunctionName of at most 140 characters, written without `\.`, and of 170, with it).
      const key = `${m.name}/${constraint}/${JSON.stringify((constraint === "pattern" ? m.value : m.key).length ?? {})}`;
      byName.set(key, [...(byName.get(key) ?? []), o]);
    }
  }
  const repairs: Repair[] = [];
  const allFamilies = [...byName.values()].flatMap(families);
  for (const family of allFamilies) settlePlusReadings(family);
  const everyCandidate = [...new Set(allFamilies.flat().map((o) => o.candidate))].sort();
  for (const family of allFamilies) {
    const chosen = choose(family, pool, everyCandidate);
    if (!chosen) {
      for (const o of family)
        problems.push({
          line: o.member.source.line,
          section: o.member.source.section,
          message: `no repair of ${o.member.name} pattern "${o.original}" compiles and accepts its examples`,
        });
      continue;
    }
    for (const o of family) {
      o.target.pattern = chosen.pattern;
      if (o.original === chosen.pattern) continue;
      const how =
        o.candidate === chosen.pattern ? `rules ${o.rules.join(", ")}` : "replaced by the family's pattern";
      const reading = o.reading === undefined ? "" : `; ${o.reading}`;
      repairs.push({
        section: o.member.source.section,
        member: o.member.name,
        line: o.member.source.line,
        constraint: o.constraint,
        original: o.original,
        repaired: chosen.pattern,
        evidence: `${how}${reading}; ${chosen.evidence}`,
      });
    }
  }
  return repairs;
}

/**
 * Enum lists that are garbled copies of one another take the majority list: first among members of
 * one name (a list of the same length differing in a few values), then across names within one
 * family of look-alike lists (`CompatibleRuntime` is read only twice, both times garbled, while the
 * same runtimes are listed correctly under `Runtime` a dozen times).
 */
export function reconcileEnums(members: readonly MemberFact[]): Repair[] {
  const listed = members.filter((m) => m.value.enum);
  const byName = groupBy(listed, (m) => m.name);
  const repairs = [...byName.values()].flatMap((group) =>
    settleEnums(group, (list, best, n) =>
      list.length === best.length && list.filter((v, i) => v !== best[i]).length <= 3
        ? `${n} of ${group.length} occurrences list the values so`
        : undefined,
    ),
  );
  const byFamily = groupBy(listed, (m) => enumFamilyKey(m.value.enum ?? []));
  for (const group of byFamily.values()) {
    const names = [...new Set(group.map((m) => m.name))].join(", ");
    repairs.push(
      ...settleEnums(
        group,
        (_list, _best, n) =>
          `${n} of ${group.length} lists of the family (${names}) list the values so; the others differ only in look-alike characters`,
      ),
    );
  }
  return repairs;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** Repairs each list of the group to its most frequent list where `garbled` gives evidence for it. */
function settleEnums(
  group: readonly MemberFact[],
  garbled: (list: readonly string[], best: readonly string[], n: number) => string | undefined,
): Repair[] {
  const counts = new Map<string, number>();
  for (const m of group) {
    const k = JSON.stringify(m.value.enum);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ["[]", 0];
  const bestList = JSON.parse(best) as string[];
  const repairs: Repair[] = [];
  for (const m of group) {
    const list = m.value.enum ?? [];
    const diff = list.filter((v, i) => v !== bestList[i]);
    const evidence = diff.length === 0 ? undefined : garbled(list, bestList, n);
    if (evidence === undefined) continue;
    repairs.push({
      section: m.source.section,
      member: m.name,
      line: m.source.line,
      constraint: "enum",
      original: diff.join(" | "),
      repaired: diff.map((v) => bestList[list.indexOf(v)]).join(" | "),
      evidence,
    });
    m.value.enum = [...bestList];
  }
  return repairs;
}
