import type { Check } from "../../core/check.ts";
import type { ShapeView } from "../../core/serviceView.ts";
import type { ValidationIssue } from "../../specs/validate/ValidationIssue.ts";
import { validateOutput } from "../../specs/validate/validate.ts";
import { enumDriftIssues } from "./enumDriftIssues.ts";
import { fail, PASS, warn } from "./outcome.ts";
import { outputValue } from "./outputValue.ts";
import { applicableWhen, implemented, reachesOperation, responded, succeeded } from "./preconditions.ts";
import { signaturePath } from "./signaturePath.ts";

/** A success response's body and bound headers fit the output shape; unknown members and enum drift warn (leniencies `unknownResponseMembers`, `enumValueDrift`; event-stream frames as the body: `eventStreamResponse`). */
export const responseShape: Check = {
  name: "responseShape",
  description:
    "A success response's body members, bound headers and status member fit the operation's output shape.",
  run: applicableWhen(
    responded,
    implemented,
    reachesOperation,
    succeeded,
  )(({ operation, response }) => {
    const output = outputValue(operation, response);
    if (!output.ok) return fail(output.problem, output.problem);
    const result = validateOutput(operation, output.value);
    const { drift, rest } = enumDriftIssues(operation, output.value, result.errors);
    if (rest.length > 0) return fail(describe(rest), signature(operation.output, rest));
    const notes = [
      ...drift,
      ...(result.warnings.length > 0 ? [`unknown members: ${describe(result.warnings)}`] : []),
    ];
    return notes.length > 0 ? warn(notes.join("; ")) : PASS;
  }),
};

/** Every broken member once, as `normalised path keyword`, sorted: the same defect in any item reads the same. */
function signature(output: ShapeView, issues: readonly ValidationIssue[]): string {
  const each = issues.map((i) => `${signaturePath(output, i.path)} ${i.kind}`);
  return [...new Set(each)].sort().join("; ");
}

/** Every issue, none hidden behind a count: a maintainer fixes each path the reason names. */
function describe(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${i.path || "/"} ${i.kind}: ${i.message}`).join("; ");
}
