import type { RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";
import { wholeValuePattern } from "../../specs/model/wholeValuePattern.ts";
import type { UndecidedCase } from "./leniencies.ts";

/**
 * Which undecided question an invalid case raises, if any: an unknown body member, or an empty query value
 * its member's own pattern admits (`(|…)`) although its length minimum is 1. Undefined when the document
 * decides the case is invalid.
 */
export function undecidedCase(operation: OperationView, c: RequestCase): UndecidedCase | undefined {
  const violation = c.violation;
  if (violation?.kind === "unknownMember") return "unknownMember";
  if (violation?.kind !== "tooShort") return undefined;
  const name = violation.path.split("/")[1];
  // Only a top-level query member: a query value is a whole member, so the pointer has one segment.
  if (name === undefined || violation.path !== `/${name}`) return undefined;
  const member = operation.input.members?.get(name);
  const pattern = member?.constraints.pattern;
  if (member?.binding.kind !== "query" || pattern === undefined || c.input[name] !== "") return undefined;
  return wholeValuePattern(pattern).test("") ? "emptyQueryValue" : undefined;
}
