import fc from "fast-check";

/** Byte-length bounds of a blob (Smithy `length` counts decoded bytes). */
export interface BlobArbitraryConstraints {
  readonly minLength?: number;
  readonly maxLength?: number;
}

/** How many bytes past the minimum a generated blob may hold; large payloads belong to boundary cases. */
const SOFT_SPAN = 48;

/** Blobs as the SDK-shaped input carries them in JSON: base64 strings of bounded decoded size. */
export function blobArbitrary({
  minLength = 0,
  maxLength,
}: BlobArbitraryConstraints = {}): fc.Arbitrary<string> {
  const max = Math.min(maxLength ?? Number.POSITIVE_INFINITY, minLength + SOFT_SPAN);
  if (max < minLength) throw new Error(`blobArbitrary: maxLength ${maxLength} < minLength ${minLength}`);
  return fc.uint8Array({ minLength, maxLength: max }).map(toBase64);
}

/** Standard base64 of bytes. */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}
