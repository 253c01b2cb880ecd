/**
 * What must be equal between two runs of one seed, model and target version: the finding keys, the
 * unimplemented operations, and every case id with its response status and verdict statuses. Read from
 * the parsed results.json, so it works on any schema version that has these fields.
 */

interface CaseLike {
  readonly id: string;
  readonly shrunkFrom?: string;
  readonly response?: { readonly status?: number };
  readonly verdicts?: readonly { readonly check: string; readonly status: string }[];
}

interface FindingLike {
  readonly operation: string;
  readonly check: string;
  readonly violationKind: string;
  readonly signature?: string;
}

/** The part of a results document that is compared. */
export interface RunDocLike {
  readonly cases?: readonly CaseLike[];
  readonly findings?: readonly FindingLike[];
  readonly summary?: { readonly unimplementedOperations?: readonly string[] };
}

export interface RunFingerprint {
  readonly findings: ReadonlySet<string>;
  readonly unimplemented: ReadonlySet<string>;
  /** Case key (id, `~shrunk` for a shrunk case, `#n` for the n-th repeat of an id) → status and verdicts. */
  readonly cases: ReadonlyMap<string, string>;
}

export function fingerprint(doc: RunDocLike): RunFingerprint {
  const findings = new Set(
    (doc.findings ?? []).map((f) =>
      [f.operation, f.check, f.violationKind, ...(f.signature === undefined ? [] : [f.signature])].join("|"),
    ),
  );
  const cases = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const c of doc.cases ?? []) {
    const base = c.shrunkFrom === undefined ? c.id : `${c.id}~shrunk`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const verdicts = (c.verdicts ?? []).map((v) => `${v.check}:${v.status}`).join(" ");
    cases.set(n === 0 ? base : `${base}#${n}`, `${c.response?.status ?? "-"} ${verdicts}`);
  }
  return { findings, unimplemented: new Set(doc.summary?.unimplementedOperations ?? []), cases };
}

/** Lines saying how `other` differs from `base`; empty when they are the same. */
export function fingerprintDiff(base: RunFingerprint, other: RunFingerprint): string[] {
  const lines: string[] = [];
  const sets = [
    ["finding", base.findings, other.findings],
    ["unimplemented", base.unimplemented, other.unimplemented],
  ] as const;
  for (const [what, a, b] of sets) {
    for (const k of [...a].filter((x) => !b.has(x)).sort()) lines.push(`- ${what} ${k}`);
    for (const k of [...b].filter((x) => !a.has(x)).sort()) lines.push(`+ ${what} ${k}`);
  }
  const ids = [...new Set([...base.cases.keys(), ...other.cases.keys()])].sort();
  for (const id of ids) {
    const a = base.cases.get(id);
    const b = other.cases.get(id);
    if (a === b) continue;
    if (a === undefined) lines.push(`+ case ${id}: ${b}`);
    else if (b === undefined) lines.push(`- case ${id}: ${a}`);
    else lines.push(`~ case ${id}: ${changed(a, b)}`);
  }
  return lines;
}

/** Only the fields that differ, so a long verdict list does not hide the one that changed. */
function changed(a: string, b: string): string {
  const x = a.split(" ");
  const y = b.split(" ");
  const parts: string[] = [];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if (x[i] !== y[i]) parts.push(`${x[i] ?? "∅"} → ${y[i] ?? "∅"}`);
  return parts.join(", ");
}
