/** `npm run spec:diff -- MODEL_A MODEL_B [--json FILE] [--markdown FILE]`: the diff command without the main CLI. */
import { runDiffCommand } from "./diffCommand.ts";

process.exitCode = await runDiffCommand(process.argv.slice(2));
