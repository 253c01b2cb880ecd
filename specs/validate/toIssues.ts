import type { ErrorObject } from "ajv";
import { ISSUE_KIND_BY_KEYWORD } from "./issueKinds.ts";
import type { ValidationIssue } from "./ValidationIssue.ts";

/** Translates ajv errors into issues that name the member path and the Smithy constraint broken. */
export function toIssues(errors: readonly ErrorObject[]): ValidationIssue[] {
  // ajv reports a bad map key twice: the key's own failure (with `propertyName`) and a summary; keep the first.
  return errors.filter((error) => error.keyword !== "propertyNames").map(toIssue);
}

function toIssue(error: ErrorObject): ValidationIssue {
  const { keyword, instancePath, params, message = "is invalid" } = error;
  const propertyName = (error as { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    return { path: child(instancePath, propertyName), kind: "key", message: `key ${message}` };
  }
  if (keyword === "required") {
    return { path: child(instancePath, params.missingProperty), kind: "required", message };
  }
  if (keyword === "additionalProperties") {
    const member = params.additionalProperty as string;
    return { path: child(instancePath, member), kind: "unknownMember", message: `unknown member ${member}` };
  }
  return { path: instancePath, kind: ISSUE_KIND_BY_KEYWORD[keyword] ?? "type", message };
}

/** Appends one JSON pointer segment, escaped as RFC 6901 asks. */
function child(path: string, segment: string): string {
  return `${path}/${segment.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}
