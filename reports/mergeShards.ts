/**
 * `merge`: the results.json of every shard of one run, fed through the reporters again as one run.
 * Findings are re-grouped from the cases, not added up, so counts and examples come out as the
 * unsharded run's: the shard with the stateful phase goes last, as that phase ran last unsharded.
 */
import { randomUUID } from "node:crypto";
import { fromCaseRecord } from "./caseRecord.ts";
import { readCases, readResults } from "./readResults.ts";
import type { ExitReason, Reporter, RunEnd, RunMeta, ShardMeta } from "./reporter.ts";
import type { ResultsDoc } from "./resultsDoc.ts";

interface Shard {
  readonly path: string;
  readonly doc: ResultsDoc;
  readonly shard: ShardMeta;
}

/** Worst first: one shard that did not complete makes the merged run not complete. */
const EXIT_ORDER: readonly ExitReason[] = ["aborted", "interrupted", "timeBudget", "completed"];

/** Reads and checks the shards' results; throws naming the file and what does not match. */
export async function readShards(paths: readonly string[]): Promise<Shard[]> {
  if (paths.length === 0) throw new Error("merge needs the results.json of every shard");
  const shards: Shard[] = [];
  for (const path of paths) {
    const doc = await readResults(path);
    if (!doc.meta.shard) throw new Error(`${path} is not a shard's result (it ran without --shard i/n)`);
    shards.push({ path, doc, shard: doc.meta.shard });
  }
  const first = shards[0] as Shard;
  const same: [string, (s: Shard) => unknown][] = [
    ["shard count", (s) => s.shard.count],
    ["plan (operations, phases, runs, seed, model, checks, transport)", (s) => s.shard.planDigest],
    ["model", (s) => s.doc.meta.modelHash],
    ["suite version", (s) => s.doc.meta.suiteVersion],
    ["target", (s) => `${s.doc.meta.target.name} ${s.doc.meta.target.version ?? ""}`],
  ];
  for (const s of shards)
    for (const [what, of] of same)
      if (of(s) !== of(first))
        throw new Error(`${s.path} is not of the same run as ${first.path}: ${what} ${of(s)} ≠ ${of(first)}`);
  const count = first.shard.count;
  const byIndex = new Map<number, Shard>();
  for (const s of shards) {
    const twin = byIndex.get(s.shard.index);
    if (twin) throw new Error(`shard ${s.shard.index}/${count} given twice: ${twin.path} and ${s.path}`);
    byIndex.set(s.shard.index, s);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0)
    throw new Error(
      `shard(s) ${missing.map((i) => `${i}/${count}`).join(", ")} missing: merge needs all ${count}`,
    );
  return shards.sort(
    (a, b) => Number(a.shard.stateful) - Number(b.shard.stateful) || a.shard.index - b.shard.index,
  );
}

/** The merged run's envelope: the first shard's, started when the first shard started. */
export function mergedMeta(shards: readonly Shard[]): RunMeta {
  const inOrder = [...shards].sort((a, b) => a.shard.index - b.shard.index);
  const { shard: _shard, ...meta } = (inOrder[0] as Shard).doc.meta;
  const { shard: _option, ...options } = meta.options;
  return {
    ...meta,
    runId: randomUUID(),
    startedAt: inOrder.map((s) => s.doc.meta.startedAt).sort()[0] ?? meta.startedAt,
    options,
    merged: { shards: inOrder.length, runIds: inOrder.map((s) => s.doc.meta.runId) },
  };
}

/** How the merged run ended: its worst shard's reason, every shard's detail, every unimplemented operation. */
export function mergedEnd(shards: readonly Shard[]): RunEnd {
  const summaries = shards.map((s) => s.doc.summary);
  const exitReason = EXIT_ORDER.find((r) => summaries.some((s) => s.exitReason === r)) ?? "completed";
  const details = shards.flatMap((s) =>
    s.doc.summary.detail ? [`shard ${s.shard.index}/${s.shard.count}: ${s.doc.summary.detail}`] : [],
  );
  return {
    finishedAt:
      summaries
        .map((s) => s.finishedAt)
        .sort()
        .at(-1) ?? new Date().toISOString(),
    exitReason,
    ...(details.length > 0 ? { detail: details.join("; ") } : {}),
    unimplementedOperations: [...new Set(summaries.flatMap((s) => s.unimplementedOperations))].sort(),
  };
}

/** Feeds every shard's cases through `reporters` as one run. */
export async function mergeShards(paths: readonly string[], reporters: Reporter): Promise<Shard[]> {
  const shards = await readShards(paths);
  await reporters.onRunStart(mergedMeta(shards));
  for (const s of shards) {
    let read = 0;
    for await (const record of readCases(s.path)) {
      read++;
      await reporters.onCase(fromCaseRecord(record));
    }
    // readCases reads the layout run writes; a re-formatted file would otherwise merge as empty.
    if (read !== s.doc.summary.cases)
      throw new Error(
        `${s.path}: ${read} cases readable of ${s.doc.summary.cases}; is it the file run wrote?`,
      );
  }
  await reporters.onRunEnd(mergedEnd(shards));
  return shards;
}
