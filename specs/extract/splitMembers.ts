/** Cuts a region's paragraphs into member blocks at each heading paragraph. */
import { ADMONITIONS } from "./labels.ts";
import { headingName, type Paragraph } from "./paragraphs.ts";

export interface Block {
  readonly name: string;
  readonly heading: Paragraph;
  readonly body: Paragraph[];
}

/** Paragraphs before the first heading are the region's preamble, returned apart. */
export function splitMembers(region: readonly Paragraph[]): { preamble: Paragraph[]; blocks: Block[] } {
  const preamble: Paragraph[] = [];
  const blocks: Block[] = [];
  for (const p of region) {
    const name = headingName(p);
    if (name !== undefined && !ADMONITIONS.has(name)) blocks.push({ name, heading: p, body: [] });
    else (blocks.at(-1)?.body ?? preamble).push(p);
  }
  return { preamble, blocks };
}
