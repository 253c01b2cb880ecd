/** `npm run spec:extract -- <document> [--out DIR]`: writes model.json and repairs.json, or names what failed. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "./extract.ts";

const DEFAULT_DOCUMENT = "../shared/seeds/000_0f0463435f1bd542.txt";

function main(argv: string[]): number {
  const outAt = argv.indexOf("--out");
  const outDir = outAt >= 0 ? argv[outAt + 1] : "specs/lambda";
  const document = argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--out") ?? DEFAULT_DOCUMENT;
  if (!outDir) {
    console.error("spec:extract: --out needs a directory");
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(document, "utf8");
  } catch (e) {
    console.error(`spec:extract: cannot read ${document}: ${(e as Error).message}`);
    return 2;
  }
  const result = extract(text);
  const c = result.counts;
  if (c.memberHeadings !== c.membersEmitted)
    result.problems.push({
      line: 0,
      section: "document",
      message: `saw ${c.memberHeadings} member headings but emitted ${c.membersEmitted} members`,
    });
  if (result.problems.length > 0) {
    console.error(`spec:extract: ${result.problems.length} section(s) of ${document} could not be parsed:`);
    for (const p of result.problems) console.error(`  line ${p.line} [${p.section}] ${p.message}`);
    return 1;
  }
  writeFileSync(join(outDir, "model.json"), `${JSON.stringify(result.model, null, 2)}\n`);
  writeFileSync(join(outDir, "repairs.json"), `${JSON.stringify(result.repairs, null, 2)}\n`);
  console.log(
    `spec:extract: ${c.operations} operations, ${c.dataTypes} data types, ${c.membersEmitted} members, ${result.repairs.length} repairs → ${outDir}`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
