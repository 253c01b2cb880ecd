/** The whole extraction: document text → model AST, repairs, problems. Pure; the CLI does the I/O. */
import { buildAst } from "./buildAst.ts";
import type { DocumentFacts, Problem } from "./facts.ts";
import { readDocument } from "./readDocument.ts";
import { type Repair, reconcileEnums, reconcilePatterns } from "./reconcile.ts";

export interface Extraction {
  readonly model: Record<string, unknown>;
  readonly repairs: Repair[];
  readonly problems: Problem[];
  /** The facts the model was built from, for the self-check (spec:lint). */
  readonly facts: DocumentFacts;
  readonly counts: { operations: number; dataTypes: number; memberHeadings: number; membersEmitted: number };
}

export function extract(text: string): Extraction {
  const facts = readDocument(text);
  const members = [
    ...facts.operations.flatMap((o) => [...o.input, ...o.output]),
    ...facts.dataTypes.flatMap((t) => t.members),
  ];
  const repairs = [
    ...reconcilePatterns(members, facts.problems),
    ...reconcileEnums(members),
    ...facts.inferences.map(
      (i): Repair => ({
        section: i.section,
        member: i.member,
        line: i.line,
        constraint: i.constraint,
        original: i.original ?? "(absent)",
        repaired: i.what,
        evidence: i.evidence,
      }),
    ),
  ];
  const model = buildAst(facts, facts.problems);
  // An event stream (eventStreams.ts) replaces the response body members it absorbs, which live on as
  // the members of its union, by one payload member the document heads nowhere.
  const membersEmitted =
    Object.values(model.shapes as Record<string, { type: string; members?: object; traits?: object }>)
      .filter(
        (s) =>
          (s.type === "structure" || s.type === "union") && !(s.traits && "smithy.api#error" in s.traits),
      )
      .reduce((n, s) => n + Object.keys(s.members ?? {}).length, 0) +
    facts.eventStreams.reduce((n, s) => n + s.members.length - 1, 0);
  return {
    model,
    repairs,
    problems: facts.problems,
    facts,
    counts: {
      operations: facts.operations.length,
      dataTypes: facts.dataTypes.length,
      memberHeadings: members.length,
      membersEmitted,
    },
  };
}
