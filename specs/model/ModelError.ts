/** Thrown when a Smithy JSON AST cannot be read; the message starts with the offending shape id. */
export class ModelError extends Error {
  override readonly name = "ModelError";

  constructor(
    /** Shape id (or `model` for whole-document problems) the problem was found on. */
    readonly where: string,
    problem: string,
  ) {
    super(`${where}: ${problem}`);
  }
}
