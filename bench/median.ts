/** The median of a bench's repeated passes by one figure, with that figure's lowest and highest value. */
export function medianBy<T>(passes: readonly T[], figure: (p: T) => number): T & { range: [number, number] } {
  const sorted = [...passes].sort((a, b) => figure(a) - figure(b));
  const mid = sorted[Math.floor((sorted.length - 1) / 2)] as T;
  const low = sorted[0] ?? mid;
  const high = sorted.at(-1) ?? mid;
  return { ...mid, range: [figure(low), figure(high)] };
}
