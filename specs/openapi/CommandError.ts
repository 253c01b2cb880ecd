/** Bad command input (missing file, invalid model, unknown flag): the CLI prints its message and exits 2, never a stack trace. */
export class CommandError extends Error {
  override name = "CommandError";
}
