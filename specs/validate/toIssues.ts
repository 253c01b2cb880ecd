import type { ErrorObject } from "ajv";
import { ISSUE_KIND_BY_KEYWORD } from "./issueKinds.ts";
import type { ValidationIssue } from "./ValidationIssue.ts";

/**
 * Translates ajv errors into issues that name the member path and the Smithy constraint broken; a type
 * issue names what `value` holds there ("must be string, got null"), which ajv leaves out.
 */
export function toIssues(errors: readonly ErrorObject[], value?: unknown): ValidationIssue[] {
  // ajv reports a bad map key twice: the key's own failure (with `propertyName`) and a summary; keep the first.
  return errors
    .filter((error) => error.keyword !== "propertyNames")
    .map((error) => {
      const issue = toIssue(error);
      return error.keyword === "type"
        ? { ...issue, message: `${issue.message}, got ${typeName(valueAt(value, error.instancePath))}` }
        : issue;
    });
}

/** The JSON type of a value as ajv names types (`null`, `array`, `integer`…). */
function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

/** The value at an RFC 6901 pointer. */
function valueAt(root: unknown, pointer: string): unknown {
  let at = root;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    at = at !== null && typeof at === "object" ? (at as Record<string, unknown>)[segment] : undefined;
  }
  return at;
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
