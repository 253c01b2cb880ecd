/** Example values the document gives for a member: evidence for pattern repairs and lint. */
import type { Paragraph } from "./paragraphs.ts";

const PRINTABLE = /^[\x21-\x7e]+$/;

/** `- 함수 이름 - my-function(이름만), my-function:v1(별칭 포함).` → ["my-function", "my-function:v1"] */
function fromNameFormat(line: string): string[] {
  const m = /^-\s+(.*?(?:이름|ARN|name).*?)\s+-\s+(.+)$/i.exec(line.trim());
  if (!m?.[2]) return [];
  return m[2]
    .split(/,\s*/)
    .map((v) =>
      v
        .replace(/\([^)]*\)/g, "")
        .replaceAll("`", "")
        .replace(/\.$/, "")
        .trim(),
    )
    .filter((v) => PRINTABLE.test(v));
}

/** `예: \`lambda:GetLayerVersion\`` / `Example: \`x\``; command-line flags are not values. */
function fromInlineExamples(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:예|Example|For example)\s*:\s*`([^`]+)`/g)) {
    const v = m[1]?.trim() ?? "";
    if (PRINTABLE.test(v) && !v.startsWith("-")) out.push(v);
  }
  return out;
}

/**
 * The default a description states (`기본적으로 … /aws/lambda/<function name>이라는 기본 로그 그룹`). A
 * `<placeholder>` stands for a name and is instantiated with its own letters (`functionname`).
 */
function fromStatedDefault(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/((?:<[^>]*>|[^\s<])+?)(?:이라는|라는)\s+기본/g)) {
    const v = (m[1] ?? "").replace(/<([^>]*)>/g, (_, words: string) => words.replace(/[^A-Za-z0-9]/g, ""));
    if (PRINTABLE.test(v)) out.push(v);
  }
  return out;
}

/** All examples in a member's description paragraphs. */
export function examplesOf(description: readonly Paragraph[]): string[] {
  const out = new Set<string>();
  for (const p of description) {
    if (p.code) continue;
    for (const line of p.lines) for (const v of fromNameFormat(line)) out.add(v);
    for (const v of fromInlineExamples(p.text)) out.add(v);
    for (const v of fromStatedDefault(p.text)) out.add(v);
  }
  return [...out];
}
