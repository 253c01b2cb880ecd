/** Throws unless `prefix` is the run's own (`lc-…`): a sweep never touches names the suite did not choose. */
export function assertRunPrefix(prefix: string): void {
  if (!prefix.startsWith("lc-")) throw new Error(`refusing to sweep unprefixed names: "${prefix}"`);
}
