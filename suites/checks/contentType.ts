import type { Check } from "../../core/check.ts";
import { judgeMediaType } from "../leniency/judgeMediaType.ts";
import { fail, PASS, warn } from "./outcome.ts";
import { hasPayloadOutput } from "./outputValue.ts";
import { applicableWhen, implemented, type Precondition, responded } from "./preconditions.ts";

/** The body must be JSON: every non-empty error body, and non-empty success bodies of non-payload operations. */
const jsonExpected: Precondition = ({ operation, response }) =>
  response.body.trim() !== "" && (response.status >= 400 || !hasPayloadOutput(operation));

/** JSON responses carry a JSON media type (leniency `jsonMediaType`). */
export const contentType: Check = {
  name: "contentType",
  description:
    "JSON responses (error bodies, non-payload success bodies) carry Content-Type application/json.",
  run: applicableWhen(
    responded,
    implemented,
    jsonExpected,
  )(({ response }) => {
    const header = response.headers["content-type"];
    const verdict = judgeMediaType(header);
    const shown = header === undefined ? "no Content-Type" : `Content-Type ${header}`;
    if (verdict === "pass") return PASS;
    return verdict === "warn" ? warn(`${shown} on a JSON body`) : fail(`${shown} where JSON is expected`);
  }),
};
