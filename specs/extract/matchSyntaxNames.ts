/**
 * A body member whose heading the operation's syntax example never shows, while the syntax shows one
 * name no heading of the operation documents and the two differ by one letter, is one name spelt two
 * ways (GetLayerVersion heads `CreatedDate` under a syntax showing `"CreateDate"`, GetLayerVersionByArn
 * the other way round). The spelling the whole document uses more often, in headings and syntax
 * examples, wins; every such decision is an inference.
 */
import type { Inference, MemberFact, OperationFact } from "./facts.ts";

/** True when deleting one character of the longer name gives the shorter one. */
export function oneLetterApart(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

function countSpellings(ops: readonly OperationFact[], others: readonly MemberFact[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (n: string): void => {
    counts.set(n, (counts.get(n) ?? 0) + 1);
  };
  for (const op of ops) {
    for (const m of [...op.input, ...op.output]) add(m.name);
    for (const n of op.syntaxNames) add(n);
  }
  for (const m of others) add(m.name);
  return counts;
}

/** Returns the operations with their syntax names corrected; renames members in place. */
export function matchSyntaxNames(
  ops: readonly OperationFact[],
  dataTypeMembers: readonly MemberFact[],
  inferences: Inference[],
): OperationFact[] {
  const counts = countSpellings(ops, dataTypeMembers);
  const byHeading = ops.map((op) => matchHeadings(op, counts, inferences));
  const documented = new Set(
    [...byHeading.flatMap((o) => [...o.input, ...o.output]), ...dataTypeMembers].map((m) => m.name),
  );
  return byHeading.map((op) => matchNested(op, documented, counts, inferences));
}

/**
 * A name the syntax shows that no heading anywhere documents, one letter apart from exactly one
 * documented name (a nested structure's member), is that name misspelt in the syntax example.
 */
function matchNested(
  op: OperationFact,
  documented: ReadonlySet<string>,
  counts: ReadonlyMap<string, number>,
  inferences: Inference[],
): OperationFact {
  const renamed = new Map<string, string>();
  for (const n of new Set(op.syntaxNames)) {
    if (documented.has(n)) continue;
    const candidates = [...documented].filter((d) => oneLetterApart(d, n));
    const [heading] = candidates;
    if (heading === undefined || candidates.length > 1) continue;
    renamed.set(n, heading);
    inferences.push({
      section: op.name,
      line: op.source.line,
      member: heading,
      constraint: "name",
      original: `syntax "${n}"`,
      what: heading,
      evidence: `the syntax example shows "${n}", which no heading documents; the document heads ${heading} (one letter apart) and spells it so ${counts.get(heading) ?? 0} times against ${counts.get(n) ?? 0}`,
    });
  }
  return renamed.size === 0 ? op : { ...op, syntaxNames: op.syntaxNames.map((n) => renamed.get(n) ?? n) };
}

function matchHeadings(
  op: OperationFact,
  counts: ReadonlyMap<string, number>,
  inferences: Inference[],
): OperationFact {
  {
    const members = [...op.input, ...op.output];
    const headed = new Set(members.map((m) => m.name));
    const shown = new Set(op.syntaxNames);
    const unheaded = [...shown].filter((k) => !headed.has(k));
    const renamedSyntax = new Map<string, string>();
    for (const m of members) {
      if (m.binding !== "body" || shown.has(m.name)) continue;
      const candidates = unheaded.filter((k) => oneLetterApart(k, m.name));
      const [shownName] = candidates;
      if (shownName === undefined || candidates.length > 1) continue;
      const heading = m.name;
      const [nHeading, nShown] = [counts.get(heading) ?? 0, counts.get(shownName) ?? 0];
      const winner = nShown >= nHeading ? shownName : heading;
      const tally = `the document spells it ${shownName} ${nShown} times and ${heading} ${nHeading} times`;
      inferences.push({
        section: op.name,
        line: m.source.line,
        member: winner,
        constraint: "name",
        original: winner === shownName ? `heading ${heading}` : `syntax "${shownName}"`,
        what: winner,
        evidence: `heading ${heading} and the syntax example's "${shownName}" are one letter apart, and neither matches any other name of the operation; ${tally}`,
      });
      if (winner === shownName) m.name = shownName;
      else renamedSyntax.set(shownName, heading);
    }
    return renamedSyntax.size === 0
      ? op
      : { ...op, syntaxNames: op.syntaxNames.map((n) => renamedSyntax.get(n) ?? n) };
  }
}
