/** Cuts a section's paragraphs at its sub-headings (요청 구문, 응답 요소, …). */
import type { Paragraph } from "./paragraphs.ts";

/** For each named heading: the paragraphs after it up to the next heading of any name. */
export function regions<K extends string>(
  paragraphs: readonly Paragraph[],
  headings: Readonly<Record<K, RegExp>>,
): Partial<Record<K, Paragraph[]>> {
  const out: Partial<Record<K, Paragraph[]>> = {};
  let current: Paragraph[] | undefined;
  for (const p of paragraphs) {
    const key = p.code
      ? undefined
      : (Object.keys(headings) as K[]).find((k) => headings[k].test(p.text.trim()));
    if (key !== undefined && out[key] === undefined) {
      current = [];
      out[key] = current;
    } else current?.push(p);
  }
  return out;
}
