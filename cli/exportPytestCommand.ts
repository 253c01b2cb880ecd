/**
 * `lambda-conformance export pytest --from results.json [--out FILE] [--model FILE]`: the run's findings as
 * one pytest file (reports/pytestExport). Exit 0 written, 2 bad input.
 */
import { existsSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { renderPytest } from "../reports/pytestExport/renderPytest.ts";
import { readResults } from "../reports/readResults.ts";
import { DEFAULT_MODEL_FILE } from "../specs/model/defaultModel.ts";
import { loadModelFile } from "../specs/model/loadModelFile.ts";

const USAGE = "usage: lambda-conformance export pytest --from DIR/results.json [--out FILE] [--model FILE]";

export async function exportPytestCommand(argv: string[]): Promise<number> {
  let values: { from?: string; out?: string; model?: string };
  try {
    values = parseArgs({
      args: argv,
      options: { from: { type: "string" }, out: { type: "string" }, model: { type: "string" } },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (e) {
    console.error(`export pytest: ${(e as Error).message}; ${USAGE}`);
    return 2;
  }
  if (!values.from) {
    console.error(`export pytest: --from is required; ${USAGE}`);
    return 2;
  }
  const doc = await readResults(values.from);
  // The run's own model when it is at hand, so the assertions read the tables the checks read.
  const recorded = doc.meta.options?.model;
  const model =
    values.model ?? (typeof recorded === "string" && existsSync(recorded) ? recorded : DEFAULT_MODEL_FILE);
  const text = renderPytest(doc, loadModelFile(model));
  if (values.out === undefined) process.stdout.write(text);
  else {
    writeFileSync(values.out, text);
    console.error(`export pytest: wrote ${values.out} (${doc.findings.length} tests, one per finding)`);
  }
  return 0;
}
