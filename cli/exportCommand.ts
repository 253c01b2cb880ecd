/** `lambda-conformance export openapi|pytest …`: one command, one format per subcommand. */
import { runExportCommand } from "../specs/openapi/exportCommand.ts";
import { exportPytestCommand } from "./exportPytestCommand.ts";

export async function exportCommand(argv: string[]): Promise<number> {
  return argv[0] === "pytest" ? exportPytestCommand(argv.slice(1)) : runExportCommand(argv);
}
