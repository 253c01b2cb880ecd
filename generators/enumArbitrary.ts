import fc from "fast-check";

/** One of an enum shape's values, the first value being the shrink target. */
export function enumArbitrary(values: readonly string[]): fc.Arbitrary<string> {
  if (values.length === 0) throw new Error("enumArbitrary: an enum needs at least one value");
  return fc.constantFrom(...values);
}
