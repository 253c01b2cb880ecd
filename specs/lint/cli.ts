/** `npm run spec:lint [-- --model FILE --document FILE]`: prints the model summary; exits 1 on a lint error. */
import { existsSync, readFileSync } from "node:fs";
import { DEFAULT_MODEL } from "../model/defaultModel.ts";
import { loadModelFile } from "../model/loadModelFile.ts";
import { documentExamples } from "./documentExamples.ts";
import { lintModel } from "./lintModel.ts";
import { selfCheck } from "./selfCheck.ts";

function flag(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
}

function main(argv: string[]): number {
  const modelPath = flag(argv, "--model", DEFAULT_MODEL);
  const documentPath = flag(argv, "--document", "../shared/seeds/000_0f0463435f1bd542.txt");
  const repairsPath = flag(argv, "--repairs", "specs/lambda/repairs.json");
  let view: ReturnType<typeof loadModelFile>;
  try {
    view = loadModelFile(modelPath);
  } catch (e) {
    console.error(`spec:lint: ${(e as Error).message}`);
    return 1;
  }
  const hasDocument = existsSync(documentPath);
  const text = hasDocument ? readFileSync(documentPath, "utf8") : "";
  const examples = hasDocument ? documentExamples(text) : [];
  const repairs = existsSync(repairsPath)
    ? (JSON.parse(readFileSync(repairsPath, "utf8")) as unknown[]).length
    : 0;
  const { summary, errors } = lintModel(view, examples);
  const examplesRejected = errors.filter((e) => e.includes("rejects the document's example")).length;
  console.log(`spec:lint ${modelPath}`);
  console.table({ ...summary, repairs, examplesChecked: examples.length, examplesRejected });
  if (hasDocument) {
    // The extractor against the document: types read or inferred with evidence, type lines consumed.
    const check = selfCheck(text);
    console.log(`spec:lint self-check of the extractor against ${documentPath}`);
    console.table(check.counts);
    errors.push(...check.gaps.map((g) => `self-check: ${g}`));
  } else console.log(`spec:lint: ${documentPath} absent: document examples and self-check not run`);
  for (const e of errors) console.error(`  ✗ ${e}`);
  if (errors.length > 0) {
    console.error(`spec:lint: ${errors.length} error(s)`);
    return 1;
  }
  console.log("spec:lint: ok");
  return 0;
}

process.exitCode = main(process.argv.slice(2));
