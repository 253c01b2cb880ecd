import fc from "fast-check";
import regexpTree from "regexp-tree";
import { wholeValuePattern } from "../model/wholeValuePattern.ts";

/**
 * Strings generated from a Smithy pattern by fast-check's `stringMatching` (whole-value anchored).
 * fast-check cannot generate for lookarounds or empty groups, which model patterns use; for those it
 * generates from a relaxed pattern (lookarounds dropped, empty groups made optional), a superset whose
 * strings are still good candidates, since the caller tests every candidate against both real patterns.
 */
export function patternCandidates(pattern: string, seed: number, samples: number): string[] {
  for (const source of [wholeValuePattern(pattern).source, relaxed(pattern)]) {
    if (source === undefined) continue;
    try {
      return fc.sample(fc.stringMatching(new RegExp(source, "u")), { seed, numRuns: samples });
    } catch {
      // Unsupported syntax: fall through to the relaxed pattern, then to no candidates.
    }
  }
  return [];
}

type Path = { node: { kind?: string; expression?: unknown }; remove(): void; replace(node: unknown): void };

function relaxed(pattern: string): string | undefined {
  try {
    const ast = regexpTree.parse(wholeValuePattern(pattern).toString());
    regexpTree.traverse(ast, {
      Assertion(path: Path) {
        if (path.node.kind === "Lookahead" || path.node.kind === "Lookbehind") path.remove();
      },
      Group(path: Path) {
        if (path.node.expression === null) path.replace(EMPTY_MATCH);
      },
    } as never);
    const generated = regexpTree.generate(ast);
    return generated.slice(1, generated.lastIndexOf("/"));
  } catch {
    return undefined;
  }
}

/** `a{0}`: matches only the empty string, in a form fast-check can generate. */
const EMPTY_MATCH = {
  type: "Repetition",
  expression: { type: "Char", value: "a", kind: "simple", symbol: "a", codePoint: 97 },
  quantifier: { type: "Quantifier", kind: "Range", from: 0, to: 0, greedy: true },
};
