import type { OperationView } from "../../core/serviceView.ts";
import type { ValidationIssue } from "../../specs/validate/ValidationIssue.ts";
import { enumDrift } from "../leniency/enumDrift.ts";
import { shapeAtPath } from "./shapeAtPath.ts";

/** Splits an output's errors into enum drift (leniency `enumValueDrift`, with why) and the rest. */
export function enumDriftIssues(
  operation: OperationView,
  output: unknown,
  errors: readonly ValidationIssue[],
): { readonly drift: readonly string[]; readonly rest: readonly ValidationIssue[] } {
  const drift: string[] = [];
  const rest: ValidationIssue[] = [];
  for (const issue of errors) {
    const at = issue.kind === "enum" ? shapeAtPath(operation.output, output, issue.path) : undefined;
    const why =
      at && typeof at.value === "string" && at.shape.constraints.enum
        ? enumDrift(at.shape.name, at.shape.constraints.enum, at.value)
        : undefined;
    if (why) drift.push(`${issue.path} ${why}`);
    else rest.push(issue);
  }
  return { drift, rest };
}
