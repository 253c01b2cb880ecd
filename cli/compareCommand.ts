/** `lambda-conformance compare A/results.json B/results.json [--out DIR]`: parity of two targets. */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeFileAtomic } from "../reports/atomicWrite.ts";
import { lineUpCases, lineUpProblems } from "../reports/compare/lineUpCases.ts";
import type { CaseSection } from "../reports/compare/renderCaseDiff.ts";
import { renderCompare } from "../reports/compare/renderCompare.ts";
import { readCases, readResults } from "../reports/readResults.ts";

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
  const docs = [await readResults(a), await readResults(b)] as const;
  const rendered = renderCompare(docs[0], docs[1], await caseSection([a, b], docs));
  const out = values.out ?? "reports/out/compare";
  await mkdir(out, { recursive: true });
  await writeFileAtomic(join(out, "compare.md"), rendered.markdown);
  await writeFileAtomic(join(out, "compare.html"), rendered.html);
  console.log(rendered.markdown);
  console.log(`\ncompare: written to ${out}/compare.md and compare.html`);
  return 0;
}

/** The case line-up, or the refusal (said on stderr too: the cell matrix alone is still written). */
async function caseSection(
  paths: readonly string[],
  docs: Parameters<typeof lineUpProblems>[0],
): Promise<CaseSection> {
  const refused = lineUpProblems(docs);
  if (refused.length === 0) return { lineUp: await lineUpCases(paths.map((p) => readCases(p))) };
  console.error(
    `lambda-conformance compare: warning: cases not lined up: ${refused.join("; ")}; only the (operation, check) cells are compared`,
  );
  return { refused };
}
