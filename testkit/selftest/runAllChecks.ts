import type { VerdictStatus } from "../../core/caseResult.ts";
import type { Prediction } from "../../core/check.ts";
import type { RequestCase } from "../../core/requestCase.ts";
import type { ServiceView } from "../../core/serviceView.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { CHECKS } from "../../suites/checks/registry.ts";
import { PROBE_CHECKS } from "../../suites/protocol/runProtocol.ts";

/** Every registered check's outcome for one exchange, by check name. */
export type Verdicts = Readonly<Record<string, { readonly status: VerdictStatus; readonly reason?: string }>>;

/**
 * Runs the whole registry on one case and response (with the model's prediction for a stateful or a
 * query-signed one), as the engine does; a protocol case gets the probe checks, as `runProtocol` gives it.
 */
export function runAllChecks(
  service: ServiceView,
  c: RequestCase,
  response: TransportResponse,
  prediction?: Prediction,
): Verdicts {
  const operation = service.operations.get(c.operation);
  if (!operation) throw new Error(`runAllChecks: no operation ${c.operation} in the model`);
  return Object.fromEntries(
    CHECKS.filter((check) => c.phase !== "protocol" || PROBE_CHECKS.has(check.name)).map((check) => [
      check.name,
      check.run({ case: c, response, operation, service, ...(prediction ? { prediction } : {}) }),
    ]),
  );
}

/** Names of the checks with the given status, sorted, for exact-set assertions. */
export function checksWith(verdicts: Verdicts, status: VerdictStatus): string[] {
  return Object.entries(verdicts)
    .filter(([, v]) => v.status === status)
    .map(([name]) => name)
    .sort();
}
