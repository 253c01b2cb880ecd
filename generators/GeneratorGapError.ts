/** Thrown when asked for an arbitrary the generators cannot build; `generatorGaps` reports the same reasons as data. */
export class GeneratorGapError extends Error {
  constructor(
    /** What cannot be generated: a shape or member name, or a pattern. */
    readonly subject: string,
    readonly reason: string,
  ) {
    super(`cannot generate ${subject}: ${reason}`);
    this.name = "GeneratorGapError";
  }
}
