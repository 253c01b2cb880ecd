/** Reads one member: its heading paragraph and the paragraphs up to the next heading. */
import { examplesOf } from "./examples.ts";
import type { MemberFact, Source, ValueConstraints } from "./facts.ts";
import { isYes, LABELS } from "./labels.ts";
import type { Paragraph } from "./paragraphs.ts";
import { parseCount, parseEnum, parseLength, parseRange } from "./parseNumbers.ts";
import { parseType } from "./parseType.ts";

export interface MemberParse {
  readonly member: MemberFact;
  /** Labels whose value could not be read, with their line. */
  readonly problems: { line: number; message: string }[];
}

/** The raw text of a pattern: the label's value with at most one pair of wrapping backticks removed. */
function patternText(value: string): string {
  const t = value.trim();
  return t.length > 1 && t.startsWith("`") && t.endsWith("`") ? t.slice(1, -1) : t;
}

export function parseMember(name: string, source: Source, body: readonly Paragraph[]): MemberParse {
  const problems: { line: number; message: string }[] = [];
  const value: ValueConstraints = {};
  const key: ValueConstraints = {};
  const member: MemberFact = {
    name,
    source,
    type: { kind: "string" },
    description: descriptionOf(body),
    required: false,
    value,
    key,
    examples: examplesOf(body),
    binding: "body",
  };
  const apply: Record<keyof typeof LABELS, (v: string, p: Paragraph) => void> = {
    type: (v, p) => {
      const t = parseType(v);
      if (t) {
        member.type = t;
        member.typeFrom = "line";
        member.typeLine = p.line;
      } else problems.push({ line: p.line, message: `unknown type "${v}" of member ${name}` });
    },
    required: (v) => {
      member.required = isYes(v);
    },
    keyLength: (v, p) => setBounds(key, "length", parseLength(v), p, problems),
    length: (v, p) => setBounds(value, "length", parseLength(v), p, problems),
    keyPattern: (v) => {
      key.pattern = patternText(v);
    },
    pattern: (v) => {
      value.pattern = patternText(v);
    },
    range: (v, p) => setBounds(value, "range", parseRange(v), p, problems),
    keyEnum: (v) => {
      key.enum = parseEnum(v);
    },
    enum: (v) => {
      value.enum = parseEnum(v);
    },
    arrayMembers: (v, p) => {
      member.itemCount = count(v, p, name, problems);
    },
    mapEntries: (v, p) => {
      member.entryCount = count(v, p, name, problems);
    },
    httpStatus: () => {},
  };
  for (const p of body) {
    if (p.code) continue;
    // Patterns are read from the first line alone: joining wrapped lines would add spaces to them.
    for (const label of Object.keys(LABELS) as (keyof typeof LABELS)[]) {
      const isPattern = label === "pattern" || label === "keyPattern";
      const m = LABELS[label].exec(isPattern ? (p.lines[0] ?? "") : p.text);
      if (!m) continue;
      apply[label](m[1] ?? "", p);
      break;
    }
  }
  return { member, problems };
}

/** The first paragraph that is no label line and no code: what the member is, in words. */
function descriptionOf(body: readonly Paragraph[]): string {
  const labels = Object.values(LABELS);
  return body.find((p) => !p.code && !labels.some((re) => re.test(p.text)))?.text ?? "";
}

function count(
  text: string,
  p: Paragraph,
  name: string,
  problems: { line: number; message: string }[],
): ValueConstraints["length"] {
  const c = parseCount(text);
  if (!c) problems.push({ line: p.line, message: `unreadable item count "${text}" of member ${name}` });
  return c;
}

function setBounds(
  target: ValueConstraints,
  kind: "length" | "range",
  bounds: ValueConstraints["length"],
  p: Paragraph,
  problems: { line: number; message: string }[],
): void {
  if (bounds) target[kind] = bounds;
  else problems.push({ line: p.line, message: `unreadable ${kind} "${p.text}"` });
}
