import type { OperationView } from "../../core/serviceView.ts";

/** Ways to break a JSON text that a lenient parser might still accept; each yields invalid JSON. */
export const CORRUPTIONS: readonly ((json: string) => string)[] = [
  (json) => json.slice(0, -1),
  (json) => (json === "{}" ? "{," : `${json.slice(0, -1)},}`),
  (json) => json.replaceAll('"', "'"),
  (json) => `${json}}`,
  (json) => json.replace(/^\{"([^"]*)"/, "{$1"),
];

/** True when the operation sends a JSON body (members bound to the body). */
export function hasJsonBody(operation: OperationView): boolean {
  return [...(operation.input.members?.values() ?? [])].some((member) => member.binding.kind === "body");
}

/** The JSON body of a valid input (its body-bound members), broken by corruption `which`. */
export function malformedBody(
  operation: OperationView,
  input: Readonly<Record<string, unknown>>,
  which: number,
): string {
  const body = Object.fromEntries(
    [...(operation.input.members?.values() ?? [])]
      .filter((member) => member.binding.kind === "body" && input[member.name] !== undefined)
      .map((member) => [member.name, input[member.name]]),
  );
  const corrupt = CORRUPTIONS[which % CORRUPTIONS.length] as (json: string) => string;
  const raw = corrupt(JSON.stringify(body));
  return isJson(raw) ? `${raw.slice(0, -1)}` : raw;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
