/**
 * Byte-for-byte guard for refactors: the offline cases of a fixed seed (every operation, every phase
 * but stateful), their raw serialisation and `sampleCases`' draw, as one SHA-256 of canonical JSON
 * (sorted keys). The same digest before and after a move means the same requests are generated and sent.
 */
import { createHash } from "node:crypto";
import type { ServiceView } from "../core/serviceView.ts";
import { generateCases, sampleCases } from "../generators/generateCases.ts";
import { serializeRequest } from "../suites/engine/serializeRequest.ts";

/** The digest of one seed's offline cases, with what it covered. */
export interface CaseDigest {
  readonly operations: number;
  readonly cases: number;
  readonly sha256: string;
}

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

/** SHA-256 over every offline case of `service` for `seed` and `runs`, in model order. */
export function caseDigest(service: ServiceView, seed: number, runs: number): CaseDigest {
  const hash = createHash("sha256");
  let cases = 0;
  for (const op of service.operations.values()) {
    for (const phase of ["valid", "invalid", "boundary"] as const) {
      for (const c of generateCases(op, phase, seed, runs)) {
        hash.update(`${JSON.stringify(canonical({ c, raw: serializeRequest(op, c) }))}\n`);
        cases++;
      }
      for (const c of sampleCases(op, phase, { seed, runs })) {
        hash.update(`${JSON.stringify(canonical({ sample: c }))}\n`);
        cases++;
      }
    }
  }
  return { operations: service.operations.size, cases, sha256: hash.digest("hex") };
}
