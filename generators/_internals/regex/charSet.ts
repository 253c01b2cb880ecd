/**
 * Sets of code points as sorted, disjoint, non-adjacent inclusive ranges `[lo0, hi0, lo1, hi1, …]`.
 * Generated strings stay inside `UNIVERSE` (the BMP without surrogates) so that a string's length in
 * JavaScript, in ajv (code points) and in Smithy is the same number.
 */
export type CharSet = readonly number[];

/** Every code point a generated string may contain. */
export const UNIVERSE: CharSet = [0x0000, 0xd7ff, 0xe000, 0xffff];

/** Characters picked first when a set holds any of them: printable ASCII and a few non-ASCII letters. */
export const PREFERRED: CharSet = fromRanges([
  [0x20, 0x7e],
  [0xe9, 0xe9],
  [0x3bb, 0x3bb],
  [0x4e2d, 0x4e2d],
]);

/** Characters safe in an HTTP header value without trimming or encoding: visible ASCII. */
export const HEADER_SAFE: CharSet = [0x21, 0x7e];

/** Builds a set from possibly overlapping, unsorted ranges. */
export function fromRanges(ranges: readonly (readonly [number, number])[]): CharSet {
  const sorted = [...ranges].filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of sorted) {
    const last = out.length - 1;
    if (last > 0 && lo <= (out[last] as number) + 1) out[last] = Math.max(out[last] as number, hi);
    else out.push(lo, hi);
  }
  return out;
}

function pairs(set: CharSet): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < set.length; i += 2) out.push([set[i] as number, set[i + 1] as number]);
  return out;
}

export function union(a: CharSet, b: CharSet): CharSet {
  return fromRanges([...pairs(a), ...pairs(b)]);
}

export function intersect(a: CharSet, b: CharSet): CharSet {
  const out: [number, number][] = [];
  for (const [alo, ahi] of pairs(a)) {
    for (const [blo, bhi] of pairs(b)) out.push([Math.max(alo, blo), Math.min(ahi, bhi)]);
  }
  return fromRanges(out);
}

export function subtract(a: CharSet, b: CharSet): CharSet {
  let rest = pairs(a);
  for (const [blo, bhi] of pairs(b)) {
    rest = rest.flatMap(([lo, hi]): [number, number][] => [
      [lo, Math.min(hi, blo - 1)],
      [Math.max(lo, bhi + 1), hi],
    ]);
    rest = rest.filter(([lo, hi]) => lo <= hi);
  }
  return fromRanges(rest);
}

export function size(set: CharSet): number {
  let total = 0;
  for (let i = 0; i < set.length; i += 2) total += (set[i + 1] as number) - (set[i] as number) + 1;
  return total;
}

/** The `index`-th code point of the set in ascending order (`index < size(set)`). */
export function nth(set: CharSet, index: number): number {
  let rest = index;
  for (let i = 0; i < set.length; i += 2) {
    const width = (set[i + 1] as number) - (set[i] as number) + 1;
    if (rest < width) return (set[i] as number) + rest;
    rest -= width;
  }
  throw new RangeError(`nth: index ${index} outside a set of ${size(set)}`);
}

/** Splits the universe into the coarsest blocks that every given set is a union of. */
export function atomsOf(sets: readonly CharSet[]): CharSet[] {
  let atoms: CharSet[] = [UNIVERSE];
  for (const set of sets) {
    atoms = atoms.flatMap((atom) => [intersect(atom, set), subtract(atom, set)]).filter((a) => a.length > 0);
  }
  return atoms;
}
