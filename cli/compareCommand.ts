/** `lambda-conformance compare A/results.json B/results.json [--out DIR]`: parity of two targets. */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeFileAtomic } from "../reports/atomicWrite.ts";
import { renderCompare } from "../reports/compare/renderCompare.ts";
import { readResults } from "../reports/readResults.ts";

export async function compareCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { out: { type: "string", default: "reports/out/compare" } },
    allowPositionals: true,
    strict: true,
  });
  const [a, b] = positionals;
  if (!a || !b || positionals.length !== 2) {
    console.error("usage: lambda-conformance compare A/results.json B/results.json [--out DIR]");
    return 2;
  }
  const rendered = renderCompare(await readResults(a), await readResults(b));
  const out = values.out ?? "reports/out/compare";
  await mkdir(out, { recursive: true });
  await writeFileAtomic(join(out, "compare.md"), rendered.markdown);
  await writeFileAtomic(join(out, "compare.html"), rendered.html);
  console.log(rendered.markdown);
  console.log(`\ncompare: written to ${out}/compare.md and compare.html`);
  return 0;
}
