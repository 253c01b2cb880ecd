/**
 * Byte-for-byte guard for refactors: the offline cases of a fixed seed (every operation, every phase
 * but stateful), their raw serialisation and `sampleCases`' draw, as one SHA-256 of canonical JSON
 * (sorted keys). The same digest before and after a move means the same requests are generated and sent.
 * Usage: npx tsx scripts/dumpCases.ts [seed] [runs]
 */
import { createHash } from "node:crypto";
import { generateCases, sampleCases } from "../generators/generateCases.ts";
import { DEFAULT_MODEL_FILE } from "../specs/model/defaultModel.ts";
import { loadModelFile } from "../specs/model/loadModelFile.ts";
import { serializeRequest } from "../suites/engine/serializeRequest.ts";

/** JSON with object keys sorted at every depth and Buffers as base64, so key order cannot hide a change. */
function canonical(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return { base64: value.toString("base64") };
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

const seed = Number(process.argv[2] ?? 42);
const runs = Number(process.argv[3] ?? 25);
const service = loadModelFile(DEFAULT_MODEL_FILE);
const hash = createHash("sha256");
let count = 0;
for (const op of service.operations.values()) {
  for (const phase of ["valid", "invalid", "boundary"] as const) {
    for (const c of generateCases(op, phase, seed, runs)) {
      hash.update(`${JSON.stringify(canonical({ c, raw: serializeRequest(op, c) }))}\n`);
      count++;
    }
    for (const c of sampleCases(op, phase, { seed, runs })) {
      hash.update(`${JSON.stringify(canonical({ sample: c }))}\n`);
      count++;
    }
  }
}
console.log(`${service.operations.size} operations, ${count} cases, seed ${seed}, runs ${runs}`);
console.log(hash.digest("hex"));
