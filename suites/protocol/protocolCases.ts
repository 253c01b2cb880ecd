/**
 * The protocol phase's cases, built from the model and the seed alone (like the boundary phase, they are
 * enumerated): per operation, the first valid case of the seed as the request, and one case per probe
 * that applies to it. `path` is the case's index in its operation's list, so `--replay` finds it.
 */
import type { ProbeKind, RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";
import { hasJsonBody } from "../../generators/_internals/malformedJson.ts";
import type { FixturePool } from "../../generators/FixturePool.ts";
import { generateCases } from "../../generators/generateCases.ts";
import { PAYLOAD_LIMITS, PROBES, SIGNING_PROBES } from "./probes.ts";

/** The probes that apply to `op`, in the order they are sent. */
export function probesFor(op: OperationView): ProbeKind[] {
  const method = op.method.toUpperCase();
  return [
    ...(method === "GET" ? SIGNING_PROBES : []),
    "unknownPath",
    "unsupportedMethod",
    ...(hasJsonBody(op) && (method === "POST" || method === "PUT")
      ? (["wrongContentType", "undecodableBody"] as const)
      : []),
    ...(PAYLOAD_LIMITS[op.name] !== undefined ? (["oversizedPayload"] as const) : []),
  ];
}

/** `op`'s protocol cases for `seed`; `only` keeps the one at that index (`--replay`). */
export function protocolCases(
  op: OperationView,
  seed: number,
  fixtures?: FixturePool,
  only?: number,
): RequestCase[] {
  const [valid] = generateCases(op, "valid", seed, 1, fixtures);
  const input = valid?.input ?? {};
  return probesFor(op).flatMap((kind, i) =>
    only === undefined || only === i
      ? [
          {
            operation: op.name,
            phase: "protocol" as const,
            input,
            probe: PROBES[kind],
            seed,
            path: String(i),
          },
        ]
      : [],
  );
}
