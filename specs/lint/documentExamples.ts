/** The document's example values, keyed to the model shapes the extractor puts their members in. */
import { NAMESPACE } from "../extract/buildAst.ts";
import { readDocument } from "../extract/readDocument.ts";
import type { MemberExample } from "./lintModel.ts";

export function documentExamples(text: string): MemberExample[] {
  const facts = readDocument(text);
  const out: MemberExample[] = [];
  const add = (shape: string, members: readonly { name: string; examples: string[] }[]): void => {
    for (const m of members)
      for (const value of m.examples) out.push({ shape: `${NAMESPACE}#${shape}`, member: m.name, value });
  };
  for (const op of facts.operations) {
    add(`${op.name}Request`, op.input);
    add(`${op.name}Response`, op.output);
  }
  for (const t of facts.dataTypes) add(t.name, t.members);
  return out;
}
