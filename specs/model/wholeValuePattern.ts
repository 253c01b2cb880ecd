/**
 * The one rule for matching a Smithy pattern: AWS validates the whole value, while a Smithy
 * pattern alone is unanchored. Every validator and generator goes through this function.
 */
export function wholeValuePattern(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, "u");
}
