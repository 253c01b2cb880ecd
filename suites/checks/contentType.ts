import type { Check } from "../../core/check.ts";
import { judgeMediaType } from "../leniency/judgeMediaType.ts";
import { EVENT_STREAM_OPERATIONS } from "../leniency/leniencies.ts";
import { isEventStream } from "./eventStreamMembers.ts";
import { fail, PASS, warn } from "./outcome.ts";
import { hasPayloadOutput } from "./outputValue.ts";
import {
  answeredByOperation,
  applicableWhen,
  implemented,
  type Precondition,
  reachesOperation,
  responded,
} from "./preconditions.ts";

/** The body must be JSON: every non-empty error body, and non-empty 2xx bodies of non-payload operations (not a 3xx page). */
const jsonExpected: Precondition = ({ operation, response }) =>
  response.body.trim() !== "" &&
  (response.status >= 400 || (response.status < 300 && !hasPayloadOutput(operation)));

/** The media type alone (parameters dropped, lower-cased): charset or boundary values are not the defect. */
function mediaType(header: string | undefined): string {
  const type = header?.split(";")[0]?.trim().toLowerCase();
  return type ? type : "no Content-Type";
}

/**
 * JSON responses carry a JSON media type (leniency `jsonMediaType`), a streaming operation's success may
 * carry event-stream frames (leniency `eventStreamResponse`); only what reached the operation is judged
 * (leniencies `emptyLabelRoutesElsewhere`, `labelViolationRouting`).
 */
export const contentType: Check = {
  name: "contentType",
  description:
    "JSON responses (error bodies, non-payload success bodies) carry Content-Type application/json.",
  run: applicableWhen(
    responded,
    implemented,
    reachesOperation,
    answeredByOperation,
    jsonExpected,
  )(({ operation, response }) => {
    const header = response.headers["content-type"];
    if (response.status < 300 && isEventStream(response) && EVENT_STREAM_OPERATIONS.includes(operation.name))
      return PASS;
    const verdict = judgeMediaType(header);
    const shown = header === undefined ? "no Content-Type" : `Content-Type ${header}`;
    if (verdict === "pass") return PASS;
    if (verdict === "warn") return warn(`${shown} on a JSON body`);
    return fail(`${shown} where JSON is expected`, mediaType(header));
  }),
};
