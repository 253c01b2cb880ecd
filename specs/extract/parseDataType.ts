/** Reads one data type section (name, 내용 / Contents, members) into a DataTypeFact. */
import type { DataTypeFact, Problem } from "./facts.ts";
import { HEADINGS } from "./labels.ts";
import type { Paragraph } from "./paragraphs.ts";
import { parseMember } from "./parseMember.ts";
import { regions } from "./regions.ts";
import { splitMembers } from "./splitMembers.ts";

export function parseDataType(
  name: string,
  line: number,
  section: readonly Paragraph[],
  problems: Problem[],
): DataTypeFact | undefined {
  const r = regions(section, { contents: HEADINGS.contents, seeAlso: HEADINGS.seeAlso });
  if (!r.contents) {
    problems.push({ line, section: name, message: `data type ${name}: no 내용/Contents heading` });
    return undefined;
  }
  const members = splitMembers(r.contents).blocks.map((b) => {
    const parsed = parseMember(b.name, { section: name, line: b.heading.line }, b.body);
    for (const p of parsed.problems) problems.push({ ...p, section: name });
    return parsed.member;
  });
  return { name, source: { section: name, line }, members };
}
