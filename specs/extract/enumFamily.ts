/**
 * Enum lists of one member family: the same values once look-alike characters are folded (the PDF
 * conversion turns `al2` into `a12`, `O` into `0`), whatever the member is called (Runtime,
 * CompatibleRuntime, CompatibleRuntimes all list the runtimes).
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = { l: "1", I: "1", "|": "1", O: "0" };

/** The key every list of one family shares. */
export function enumFamilyKey(values: readonly string[]): string {
  return JSON.stringify(values.map((v) => v.replace(/[lI|O]/g, (c) => LOOK_ALIKES[c] ?? c)));
}

/** One line per family whose lists still differ (after repairs): the family's members and each list's lines. */
export function enumFamilyDisagreements(
  members: readonly { name: string; source: { line: number }; value: { enum?: string[] } }[],
): string[] {
  const families = new Map<string, Map<string, number[]>>();
  for (const m of members) {
    if (!m.value.enum) continue;
    const family = enumFamilyKey(m.value.enum);
    const lists = families.get(family) ?? new Map<string, number[]>();
    const list = JSON.stringify(m.value.enum);
    lists.set(list, [...(lists.get(list) ?? []), m.source.line]);
    families.set(family, lists);
  }
  return [...families.values()]
    .filter((lists) => lists.size > 1)
    .map(
      (lists) =>
        `enum lists of one family disagree: ${[...lists].map(([list, lines]) => `${list} (line ${lines.join(", ")})`).join(" vs ")}`,
    );
}
