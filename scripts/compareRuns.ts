/**
 * Compares N results.json files of one seed against the first: finding keys, unimplemented operations,
 * case ids with their statuses and verdict statuses. Prints the differences; exits 1 if there are any,
 * 2 on bad input. Usage: npm run compare:runs -- a/results.json b/results.json [more …]
 */
import { readFile } from "node:fs/promises";
import { fingerprint, fingerprintDiff, type RunDocLike } from "./runFingerprint.ts";

/** Differences printed per file; the count is always printed in full. */
const SHOWN = 200;

async function load(path: string): Promise<RunDocLike> {
  return JSON.parse(await readFile(path, "utf8")) as RunDocLike;
}

async function main(paths: readonly string[]): Promise<number> {
  if (paths.length < 2) {
    console.error("usage: npm run compare:runs -- a/results.json b/results.json [more …]");
    return 2;
  }
  const [first, ...rest] = paths as [string, ...string[]];
  const base = fingerprint(await load(first));
  console.log(
    `${first}: ${base.cases.size} cases, ${base.findings.size} finding keys, ${base.unimplemented.size} unimplemented`,
  );
  let differing = 0;
  for (const path of rest) {
    const lines = fingerprintDiff(base, fingerprint(await load(path)));
    console.log(`${path}: ${lines.length === 0 ? "identical" : `${lines.length} differences`}`);
    for (const line of lines.slice(0, SHOWN)) console.log(`  ${line}`);
    if (lines.length > SHOWN) console.log(`  … ${lines.length - SHOWN} more`);
    if (lines.length > 0) differing++;
  }
  return differing > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`compare:runs: ${(e as Error).message}`);
    process.exitCode = 2;
  },
);
