/** Finds where each operation, data type and the common errors start in the document. */
import type { Problem } from "./facts.ts";
import { HEADINGS, LABELS } from "./labels.ts";

export interface SectionSpan {
  readonly name: string;
  /** 0-based index of the heading line. */
  readonly start: number;
  /** 0-based index one past the section's last line. */
  readonly end: number;
}

export interface Layout {
  readonly operations: SectionSpan[];
  readonly dataTypes: SectionSpan[];
  readonly commonErrors?: SectionSpan;
}

/** `- [Name](#)` bullets after a list heading, up to the first line that is neither bullet nor blank. */
function bulletList(lines: readonly string[], heading: RegExp): { names: string[]; end: number } | undefined {
  const at = lines.findIndex((l) => heading.test(l.trim()));
  if (at < 0) return undefined;
  const names: string[] = [];
  let i = at + 1;
  for (; i < lines.length; i++) {
    const l = (lines[i] ?? "").trim();
    const m = /^- \[([A-Za-z0-9]+)\]\(#\)$/.exec(l);
    if (m?.[1]) names.push(m[1]);
    else if (l !== "") break;
  }
  return { names, end: i };
}

/** Any sub-heading or constraint label: the first one after a section name tells what the name heads. */
const STRUCTURAL = [...Object.values(HEADINGS), ...Object.values(LABELS)];

/**
 * Whether the line at `i` heads a section whose first sub-heading is `first`. A data type's name
 * also stands as a member heading inside other types (CodeSigningPolicies), which this tells apart.
 */
function headsSection(lines: readonly string[], i: number, first: RegExp): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const l = (lines[j] ?? "").trim();
    if (STRUCTURAL.some((re) => re.test(l))) return first.test(l);
  }
  return false;
}

/** Each name's heading is the first line equal to it after the previous one: the document's order. */
function spans(
  lines: readonly string[],
  names: readonly string[],
  from: number,
  until: number,
  kind: string,
  first: RegExp,
  problems: Problem[],
): SectionSpan[] {
  const starts: { name: string; start: number }[] = [];
  let cursor = from;
  for (const name of names) {
    let i = cursor;
    while (i < until && ((lines[i] ?? "").trim() !== name || !headsSection(lines, i, first))) i++;
    if (i >= until) {
      problems.push({
        line: cursor + 1,
        section: name,
        message: `${kind} ${name} is listed but has no section`,
      });
      continue;
    }
    starts.push({ name, start: i });
    cursor = i + 1;
  }
  return starts.map((s, k) => ({ ...s, end: starts[k + 1]?.start ?? until }));
}

function lastIndex(lines: readonly string[], re: RegExp): number {
  for (let i = lines.length - 1; i >= 0; i--) if (re.test((lines[i] ?? "").trim())) return i;
  return -1;
}

export function locateSections(lines: readonly string[], problems: Problem[]): Layout {
  const ops = bulletList(lines, HEADINGS.operationsList);
  const types = bulletList(lines, HEADINGS.dataTypesList);
  const commonParams = lastIndex(lines, HEADINGS.commonParameters);
  const commonErrorsAt = lastIndex(lines, HEADINGS.commonErrors);
  if (!ops)
    problems.push({
      line: 1,
      section: "document",
      message: "no list of operations (다음 작업이 지원됩니다.)",
    });
  if (!types)
    problems.push({
      line: 1,
      section: "document",
      message: "no list of data types (다음 데이터 유형이 지원됩니다.)",
    });
  const typesAt = types ? lines.findIndex((l) => HEADINGS.dataTypesList.test(l.trim())) : lines.length;
  const end = commonParams > 0 ? commonParams : commonErrorsAt > 0 ? commonErrorsAt : lines.length;
  const operations = ops
    ? spans(lines, ops.names, ops.end, typesAt, "operation", HEADINGS.requestSyntax, problems)
    : [];
  const dataTypes = types
    ? spans(lines, types.names, types.end, end, "data type", HEADINGS.contents, problems)
    : [];
  if (commonErrorsAt < 0)
    problems.push({
      line: lines.length,
      section: "document",
      message: "no common errors section (일반적인 오류)",
    });
  return {
    operations,
    dataTypes,
    ...(commonErrorsAt >= 0
      ? { commonErrors: { name: "CommonErrors", start: commonErrorsAt, end: lines.length } }
      : {}),
  };
}
