/** Reads an Errors region: each error name followed by its HTTP status. */
import type { ErrorFact, Problem } from "./facts.ts";
import { LABELS } from "./labels.ts";
import type { Paragraph } from "./paragraphs.ts";
import { splitMembers } from "./splitMembers.ts";

export function parseErrors(section: string, region: readonly Paragraph[], problems: Problem[]): ErrorFact[] {
  const errors: ErrorFact[] = [];
  for (const block of splitMembers(region).blocks) {
    const status = block.body.map((p) => LABELS.httpStatus.exec(p.text)?.[1]).find(Boolean);
    if (status === undefined) {
      problems.push({ line: block.heading.line, section, message: `error ${block.name} has no HTTP status` });
      continue;
    }
    errors.push({ name: block.name, status: Number(status), source: { section, line: block.heading.line } });
  }
  return errors;
}
