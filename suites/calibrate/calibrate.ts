import type { ServiceView } from "../../specs/model/types.ts";
import type { Check } from "../checks/check.ts";
import { isUnimplemented } from "../checks/isUnimplemented.ts";
import type { Verdict } from "../engine/caseResult.ts";
import { judge } from "../engine/judge.ts";
import type { TransportResponse } from "../transports/transportResponse.ts";
import { calibrationCase } from "./calibrationCase.ts";
import type { RecordedResponse } from "./recordedResponse.ts";

/** Every verdict the checks gave one recorded response; `unknownOperation` when the model lacks it. */
export interface CalibrationResult {
  readonly recorded: RecordedResponse;
  readonly verdicts: readonly Verdict[];
  readonly unknownOperation?: true;
}

/** Judges each recorded response with the run's checks and leniencies, as the engine judges a live one. */
export function calibrate(
  service: ServiceView,
  responses: readonly RecordedResponse[],
  checks: readonly Check[],
): CalibrationResult[] {
  return responses.map((recorded) => {
    const operation = service.operations.get(recorded.operation);
    // An operation newer than the document is drift the checks cannot judge; it is listed, not failed.
    if (!operation) return { recorded, verdicts: [], unknownOperation: true };
    const c = calibrationCase(operation, recorded);
    const response: TransportResponse = {
      status: recorded.status,
      headers: { ...recorded.headers },
      body: recorded.body,
      truncated: false,
      durationMs: 0,
    };
    const unimplemented = isUnimplemented(response, { case: c, operation });
    return { recorded, verdicts: judge({ case: c, response, operation, service }, checks, unimplemented) };
  });
}
