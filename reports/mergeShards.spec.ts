/** merge: shards' cases re-grouped as one run, and shards that are not one run's refused by name. */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runSample } from "../testkit/reportFixtures/runSample.ts";
import { sampleCases, sampleMeta } from "../testkit/reportFixtures/sampleRun.ts";
import { createReporters } from "./createReporters.ts";
import { mergeShards } from "./mergeShards.ts";
import type { ShardMeta } from "./reporter.ts";
import { validateResultsDoc } from "./resultsSchema.ts";

const DIGEST = "a".repeat(64);
const FIRST = new Set(["CreateFunction", "GetFunction"]);

async function shard(
  index: number,
  count: number,
  ops: (op: string) => boolean,
  more: Partial<ShardMeta> = {},
) {
  const cases = sampleCases().filter((c) => ops(c.case.operation));
  const operations = [...new Set(cases.map((c) => c.case.operation))];
  const meta = sampleMeta({
    runId: `shard-${index}`,
    shard: { index, count, operations, stateful: index === 1, planDigest: DIGEST, ...more },
  });
  return join((await runSample({ meta, cases })).outDir, "results.json");
}

const fingerprint = (
  findings: readonly {
    operation: string;
    check: string;
    violationKind: string;
    signature: string;
    count: number;
    example: { caseId: string };
  }[],
) =>
  findings.map(
    (f) => `${f.operation}|${f.check}|${f.violationKind}|${f.signature}|${f.count}|${f.example.caseId}`,
  );

describe("mergeShards", () => {
  it("gives the findings, counts and example of the run the shards were cut from", async () => {
    const whole = await runSample();
    // Shard 1 holds the stateful phase, so it is fed last, whatever order the files come in.
    const paths = [await shard(1, 2, (op) => !FIRST.has(op)), await shard(2, 2, (op) => FIRST.has(op))];
    const out = await mkdtemp(join(tmpdir(), "lc-merge-"));
    const reporters = createReporters(out);
    await mergeShards(paths, reporters);
    const merged = reporters.outcome();
    expect(fingerprint(merged?.findings ?? [])).toEqual(fingerprint(whole.outcome.findings));
    expect(merged?.summary.counts).toEqual(whole.outcome.summary.counts);
    expect(merged?.summary.cases).toBe(whole.outcome.summary.cases);
    const doc = JSON.parse(await readFile(join(out, "results.json"), "utf8"));
    expect(validateResultsDoc(doc)).toEqual([]);
    expect(doc.meta.merged).toEqual({ shards: 2, runIds: ["shard-1", "shard-2"] });
    expect(doc.meta.shard).toBeUndefined();
    expect(doc.cases).toHaveLength(whole.outcome.summary.cases);
    for (const name of ["junit.xml", "report.md", "report.html"])
      expect((await readFile(join(out, name), "utf8")).length).toBeGreaterThan(0);
  });

  const reporters = async () => createReporters(await mkdtemp(join(tmpdir(), "lc-merge-")));

  it("refuses a missing shard, a shard given twice, another run's shard, and an unsharded result", async () => {
    const one = await shard(1, 3, (op) => !FIRST.has(op));
    const two = await shard(2, 3, (op) => FIRST.has(op));
    await expect(mergeShards([one, two], await reporters())).rejects.toThrow(
      /shard\(s\) 3\/3 missing: merge needs all 3/,
    );
    await expect(mergeShards([one, one], await reporters())).rejects.toThrow(/shard 1\/3 given twice/);
    const other = await shard(3, 3, () => false, { planDigest: "b".repeat(64) });
    await expect(mergeShards([one, two, other], await reporters())).rejects.toThrow(
      /is not of the same run as .*: plan \(operations, phases, runs, seed, model, checks, transport\)/,
    );
    const plain = join((await runSample()).outDir, "results.json");
    await expect(mergeShards([plain], await reporters())).rejects.toThrow(
      /is not a shard's result \(it ran without --shard i\/n\)/,
    );
  });

  it("refuses a shard file whose cases it cannot read rather than merging it as empty", async () => {
    const one = await shard(1, 1, () => true);
    const doc = JSON.parse(await readFile(one, "utf8"));
    await writeFile(one, JSON.stringify(doc, null, 2));
    await expect(mergeShards([one], await reporters())).rejects.toThrow(/0 cases readable of 16/);
  });
});
