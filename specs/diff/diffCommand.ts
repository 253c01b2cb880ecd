import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { CommandError } from "../openapi/CommandError.ts";
import { loadModelArgument } from "../openapi/loadModelArgument.ts";
import { diffModels } from "./diffModels.ts";
import { renderDiffMarkdown } from "./renderDiffMarkdown.ts";

const USAGE = "usage: lambda-conformance diff MODEL_A MODEL_B [--json FILE] [--markdown FILE]";

/**
 * `lambda-conformance diff MODEL_A MODEL_B [--json FILE] [--markdown FILE]` (argv after `diff`): writes the
 * reports asked for, Markdown to stdout when none is. Exit 0 same, 1 different (a CI gate on spec drift), 2 bad input.
 */
export async function runDiffCommand(argv: string[]): Promise<number> {
  try {
    const { modelA, modelB, json, markdown } = readArgs(argv);
    const diff = diffModels(loadModelArgument(modelA), loadModelArgument(modelB));
    const text = renderDiffMarkdown(diff);
    if (json !== undefined) writeFileSync(json, `${JSON.stringify(diff, null, 2)}\n`);
    if (markdown !== undefined) writeFileSync(markdown, text);
    if (json === undefined && markdown === undefined) process.stdout.write(text);
    else console.error(`diff: ${diff.changes.length} changes`);
    return diff.changes.length === 0 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    console.error(`diff: ${error.message}`);
    return 2;
  }
}

function readArgs(argv: string[]) {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new CommandError(`${(error as Error).message}; ${USAGE}`);
  }
  const [modelA, modelB, ...extra] = parsed.positionals;
  if (modelA === undefined || modelB === undefined || extra.length > 0) {
    throw new CommandError(`expected two model files, got ${parsed.positionals.length}; ${USAGE}`);
  }
  return { modelA, modelB, json: parsed.values.json, markdown: parsed.values.markdown };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: { json: { type: "string" }, markdown: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
}
