import type { RequestCase } from "../../../core/requestCase.ts";
import type { ServiceView } from "../../../core/serviceView.ts";
import { DEFAULT_MODEL } from "../../../specs/model/defaultModel.ts";
import { loadModelFile } from "../../../specs/model/loadModelFile.ts";
import type { ValidationResult } from "../../../specs/validate/ValidationIssue.ts";

/** The Lambda model and the team-written weather model, loaded once per test file. */
export const lambda: ServiceView = loadModelFile(DEFAULT_MODEL);
export const weather: ServiceView = loadModelFile("specs/fixtures/weather.json");

/** Every member pattern of a service, with where it is used first. */
export function patternsOf(
  service: ServiceView,
): Map<string, { shape: string; member: string; minLength?: number; maxLength?: number }> {
  const out = new Map<string, { shape: string; member: string; minLength?: number; maxLength?: number }>();
  for (const shape of service.shapes.values()) {
    for (const member of [...(shape.members?.values() ?? []), shape.member, shape.key, shape.value]) {
      const pattern = member?.constraints.pattern;
      if (member && pattern !== undefined && !out.has(pattern)) {
        out.set(pattern, {
          shape: shape.name,
          member: member.name,
          minLength: member.constraints.length?.min,
          maxLength: member.constraints.length?.max,
        });
      }
    }
  }
  return out;
}

/**
 * Why an invalid case is not judged as labelled, or undefined when the validator fails it at exactly
 * the labelled path and constraint and nowhere else. A wrong JSON type given to an enum member also
 * fails `enum` at the same path: JSON Schema's `enum` does not look at types.
 */
export function mislabelled(c: RequestCase, result: ValidationResult): string | undefined {
  const violation = c.violation;
  if (!violation) return "no violation label";
  if (result.valid) return "validator accepts it";
  const allowed = (kind: string) =>
    kind === violation.constraint || (violation.kind === "wrongType" && kind === "enum");
  const stray = result.errors.filter((e) => e.path !== violation.path || !allowed(e.kind));
  if (stray.length > 0) return `other issues: ${JSON.stringify(stray)}`;
  if (!result.errors.some((e) => e.kind === violation.constraint)) return `no ${violation.constraint} issue`;
  return undefined;
}
