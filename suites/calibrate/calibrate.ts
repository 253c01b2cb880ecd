import type { Verdict } from "../../core/caseResult.ts";
import type { Check } from "../../core/check.ts";
import type { ServiceView } from "../../core/serviceView.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { decideRouting, looksUnimplemented } from "../checks/routing.ts";
import { judge } from "../engine/judge.ts";
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
    // One recorded answer is all there is of its operation, so it decides alone.
    const sent = { case: c, response, operation, service };
    const routing = decideRouting(sent, looksUnimplemented(response, sent));
    return { recorded, verdicts: judge({ ...sent, routing }, checks) };
  });
}
