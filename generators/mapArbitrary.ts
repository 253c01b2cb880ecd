import fc from "fast-check";

/** Entry-count bounds of a map (Smithy `length`). */
export interface MapArbitraryConstraints {
  readonly minKeys?: number;
  readonly maxKeys?: number;
}

/** How many entries past the minimum a generated map may hold. */
const SOFT_SPAN = 3;

/** Plain JSON objects whose keys come from `key` (distinct) and values from `value`. */
export function mapArbitrary<V>(
  key: fc.Arbitrary<string>,
  value: fc.Arbitrary<V>,
  { minKeys = 0, maxKeys }: MapArbitraryConstraints = {},
): fc.Arbitrary<Record<string, V>> {
  const max = Math.min(maxKeys ?? Number.POSITIVE_INFINITY, minKeys + SOFT_SPAN);
  if (max < minKeys) throw new Error(`mapArbitrary: maxKeys ${maxKeys} < minKeys ${minKeys}`);
  return fc.dictionary(key, value, { minKeys, maxKeys: max, noNullPrototype: true });
}
