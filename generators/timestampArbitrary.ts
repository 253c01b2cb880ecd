import fc from "fast-check";

/** Latest generated instant: 2100-01-01T00:00:00Z, in epoch seconds. */
const YEAR_2100 = 4_102_444_800;

/** Timestamps as restJson1 bodies carry them: whole epoch seconds between 1970 and 2100. */
export function timestampArbitrary(): fc.Arbitrary<number> {
  return fc.integer({ min: 0, max: YEAR_2100 });
}
