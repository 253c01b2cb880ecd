import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_MODEL_FILE } from "../model/defaultModel.ts";
import { CommandError } from "./CommandError.ts";
import { exportOpenApi } from "./exportOpenApi.ts";
import { loadModelArgument } from "./loadModelArgument.ts";
import { missingFromOpenApi } from "./openApiCoverage.ts";

const USAGE = "usage: lambda-conformance export openapi [--model FILE] [--out FILE]";

/**
 * `lambda-conformance export openapi [--model FILE] [--out FILE]` (argv after `export`): writes the OpenAPI
 * document to FILE or stdout. Exit 0 written, 1 the document does not round-trip, 2 bad input.
 */
export async function runExportCommand(argv: string[]): Promise<number> {
  try {
    const { model, out } = readArgs(argv);
    const view = loadModelArgument(model);
    const document = exportOpenApi(view);
    const text = `${JSON.stringify(document, null, 2)}\n`;
    if (out === undefined) process.stdout.write(text);
    else writeFileSync(out, text);
    // Self-check on every export, so a translation gap fails loudly instead of shipping a partial spec.
    const missing = missingFromOpenApi(view, document);
    for (const problem of missing) console.error(`export openapi: ${problem}`);
    if (out !== undefined) console.error(`export openapi: wrote ${out} (${view.operations.size} operations)`);
    return missing.length === 0 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    console.error(`export openapi: ${error.message}`);
    return 2;
  }
}

function readArgs(argv: string[]): { model: string; out: string | undefined } {
  const [format, ...rest] = argv;
  if (format !== "openapi") throw new CommandError(`unknown export format "${format ?? ""}"; ${USAGE}`);
  try {
    const { values } = parseArgs({
      args: rest,
      options: { model: { type: "string" }, out: { type: "string" } },
      allowPositionals: false,
      strict: true,
    });
    return { model: values.model ?? DEFAULT_MODEL_FILE, out: values.out };
  } catch (error) {
    throw new CommandError(`${(error as Error).message}; ${USAGE}`);
  }
}
