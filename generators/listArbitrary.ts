import fc from "fast-check";

/** Member-count bounds of a list (Smithy `length`). */
export interface ListArbitraryConstraints {
  readonly minLength?: number;
  readonly maxLength?: number;
}

/** How many members past the minimum a generated list may hold; the longest lists are boundary cases. */
const SOFT_SPAN = 5;

/** Lists whose member count respects the bounds, every member drawn from `item`. */
export function listArbitrary<T>(
  item: fc.Arbitrary<T>,
  { minLength = 0, maxLength }: ListArbitraryConstraints = {},
): fc.Arbitrary<T[]> {
  const max = Math.min(maxLength ?? Number.POSITIVE_INFINITY, minLength + SOFT_SPAN);
  if (max < minLength) throw new Error(`listArbitrary: maxLength ${maxLength} < minLength ${minLength}`);
  return fc.array(item, { minLength, maxLength: max });
}
