import fc from "fast-check";

/** Inclusive bounds of generated integers; absent bounds default to the kind's range. */
export interface IntegerArbitraryConstraints {
  readonly min?: number;
  readonly max?: number;
  /** `long` widens the defaults to JavaScript's safe integers; `integer` keeps 32 bits. */
  readonly kind?: "integer" | "long";
}

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

/** Integers within a Smithy `range`, past 32 bits when the bounds ask for it. */
export function integerArbitrary({
  min,
  max,
  kind = "integer",
}: IntegerArbitraryConstraints = {}): fc.Arbitrary<number> {
  const wide = kind === "long" ? { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER } : INT32;
  const lo = Math.ceil(min ?? wide.min);
  const hi = Math.floor(max ?? Math.max(wide.max, lo));
  if (lo > hi) throw new Error(`integerArbitrary: no integer in [${min}, ${max}]`);
  if (lo >= INT32.min && hi <= INT32.max) return fc.integer({ min: lo, max: hi });
  return fc.bigInt({ min: BigInt(lo), max: BigInt(hi) }).map(Number, (value) => BigInt(value as number));
}
