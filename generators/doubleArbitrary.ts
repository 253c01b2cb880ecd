import fc from "fast-check";

/** Inclusive bounds of generated doubles. */
export interface DoubleArbitraryConstraints {
  readonly min?: number;
  readonly max?: number;
}

/** Finite doubles within a Smithy `range` (no NaN, no infinities, no -0: none has a JSON form). */
export function doubleArbitrary({ min, max }: DoubleArbitraryConstraints = {}): fc.Arbitrary<number> {
  return fc
    .double({ min: min ?? -1e9, max: max ?? 1e9, noNaN: true, noDefaultInfinity: true })
    .map((value) => (Object.is(value, -0) ? 0 : value));
}
