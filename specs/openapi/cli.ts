/** `npm run spec:openapi -- [--model FILE] [--out FILE]`: the export command without the main CLI. */
import { runExportCommand } from "./exportCommand.ts";

process.exitCode = await runExportCommand(["openapi", ...process.argv.slice(2)]);
