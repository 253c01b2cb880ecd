/** The document → facts: locate sections, parse each, report what could not be parsed. */

import { findEventStreams } from "./eventStreams.ts";
import type { DataTypeFact, DocumentFacts, Inference, OperationFact, Problem } from "./facts.ts";
import { inferTypes } from "./inferTypes.ts";
import { locateSections } from "./locateSections.ts";
import { matchSyntaxNames } from "./matchSyntaxNames.ts";
import { paragraphs } from "./paragraphs.ts";
import { parseDataType } from "./parseDataType.ts";
import { parseErrors } from "./parseErrors.ts";
import { parseOperation } from "./parseOperation.ts";

export function readDocument(text: string): DocumentFacts {
  const lines = text.split(/\r?\n/);
  const problems: Problem[] = [];
  const inferences: Inference[] = [];
  const layout = locateSections(lines, problems);
  const parsed = layout.operations.flatMap((s) => {
    const op = parseOperation(
      s.name,
      s.start + 1,
      paragraphs(lines, s.start + 1, s.end),
      problems,
      inferences,
    );
    return op ? [op] : [];
  });
  const dataTypes = layout.dataTypes.flatMap((s) => {
    const t = parseDataType(s.name, s.start + 1, paragraphs(lines, s.start + 1, s.end), problems);
    return t ? [t] : [];
  });
  const operations = matchSyntaxNames(
    parsed,
    dataTypes.flatMap((t) => t.members),
    inferences,
  );
  const ce = layout.commonErrors;
  const commonErrors = ce
    ? parseErrors("CommonErrors", paragraphs(lines, ce.start + 1, ce.end), problems)
    : [];
  inferTypes(
    [...operations.flatMap((o) => [...o.input, ...o.output]), ...dataTypes.flatMap((t) => t.members)],
    inferences,
  );
  checkSyntaxDocumented(operations, dataTypes, problems);
  const eventStreams = findEventStreams(operations, dataTypes, inferences);
  return { operations, eventStreams, dataTypes, commonErrors, problems, inferences };
}

/** A name shown in a syntax example but documented nowhere would be a member dropped silently. */
function checkSyntaxDocumented(ops: OperationFact[], types: DataTypeFact[], problems: Problem[]): void {
  const documented = new Set([
    ...types.flatMap((t) => t.members.map((m) => m.name)),
    ...ops.flatMap((op) => [...op.input, ...op.output].map((m) => m.name)),
  ]);
  for (const op of ops) {
    for (const n of new Set(op.syntaxNames))
      if (!documented.has(n))
        problems.push({
          line: op.source.line,
          section: op.name,
          message: `syntax shows ${n}, documented nowhere`,
        });
  }
}
