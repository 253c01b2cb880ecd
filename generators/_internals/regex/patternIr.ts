import regexpTree from "regexp-tree";
import type { AstNode } from "regexp-tree/ast";
import { wholeValuePattern } from "../../../specs/model/wholeValuePattern.ts";
import { GeneratorGapError } from "../../GeneratorGapError.ts";
import { type CharSet, fromRanges, subtract, UNIVERSE, union } from "./charSet.ts";

/** A parsed pattern reduced to the constructs generation understands. */
export type PatternIr =
  | { readonly type: "set"; readonly set: CharSet }
  | { readonly type: "seq"; readonly items: readonly PatternIr[] }
  | { readonly type: "alt"; readonly items: readonly PatternIr[] }
  | { readonly type: "rep"; readonly item: PatternIr; readonly min: number; readonly max: number }
  | { readonly type: "start" }
  | { readonly type: "end" }
  | { readonly type: "look"; readonly negative: boolean; readonly item: PatternIr }
  | { readonly type: "behind"; readonly negative: boolean; readonly item: PatternIr };

/** A construct no generator can honour; carries the reason reported by `generatorGaps`. */
export class PatternGapError extends GeneratorGapError {
  constructor(
    readonly pattern: string,
    reason: string,
  ) {
    super(`pattern ${JSON.stringify(pattern)}`, reason);
    this.name = "PatternGapError";
  }
}

const SIMPLE_QUANTIFIERS = { "*": [0, Infinity], "+": [1, Infinity], "?": [0, 1] } as const;

const EMPTY_SEQ: PatternIr = { type: "seq", items: [] };

/** Parses a Smithy pattern, anchored by the whole-value rule, into generation IR. */
export function parsePatternIr(pattern: string): PatternIr {
  let ast: ReturnType<typeof regexpTree.parse>;
  try {
    ast = regexpTree.parse(wholeValuePattern(pattern).toString());
  } catch (error) {
    throw new PatternGapError(pattern, `regexp-tree cannot parse it: ${(error as Error).message}`);
  }
  return toIr(ast.body, pattern);
}

function toIr(node: AstNode | null, pattern: string): PatternIr {
  if (node === null) return EMPTY_SEQ;
  switch (node.type) {
    case "Alternative":
      return { type: "seq", items: node.expressions.map((e) => toIr(e, pattern)) };
    case "Disjunction":
      return { type: "alt", items: [toIr(node.left, pattern), toIr(node.right, pattern)] };
    case "Group":
      return toIr(node.expression, pattern);
    case "Repetition": {
      const q = node.quantifier;
      const [min, max] = q.kind === "Range" ? [q.from, q.to ?? Infinity] : SIMPLE_QUANTIFIERS[q.kind];
      return { type: "rep", item: toIr(node.expression, pattern), min, max };
    }
    case "Assertion":
      if (node.kind === "^") return { type: "start" };
      if (node.kind === "$") return { type: "end" };
      if (node.kind === "Lookahead")
        return { type: "look", negative: node.negative === true, item: toIr(node.assertion, pattern) };
      if (node.kind === "Lookbehind")
        return {
          type: "behind",
          negative: node.negative === true,
          item: behindItem(node.assertion, pattern),
        };
      throw new PatternGapError(pattern, `assertion ${node.kind} is not supported`);
    case "Backreference":
      throw new PatternGapError(pattern, "backreferences are not supported");
    case "Char":
      return { type: "set", set: charSet(node, pattern) };
    case "CharacterClass": {
      const set = node.expressions.reduce<CharSet>(
        (acc, e) =>
          union(
            acc,
            e.type === "ClassRange"
              ? fromRanges([[codePoint(e.from, pattern), codePoint(e.to, pattern)]])
              : charSet(e, pattern),
          ),
        [],
      );
      return { type: "set", set: node.negative ? subtract(UNIVERSE, set) : set };
    }
    default:
      if ((node as { type: string }).type === "UnicodeProperty")
        return { type: "set", set: escapeSet(sourceOf(node), pattern) };
      throw new PatternGapError(pattern, `unexpected node ${(node as { type: string }).type}`);
  }
}

/** A lookbehind's body: it is matched against the text already read, so it cannot look past its own end. */
function behindItem(node: AstNode | null, pattern: string): PatternIr {
  const item = toIr(node, pattern);
  const looksAhead = (n: PatternIr): boolean =>
    n.type === "end" ||
    n.type === "look" ||
    n.type === "behind" ||
    ((n.type === "seq" || n.type === "alt") && n.items.some(looksAhead)) ||
    (n.type === "rep" && looksAhead(n.item));
  if (looksAhead(item))
    throw new PatternGapError(pattern, "a lookaround or $ inside a lookbehind is not supported");
  return item;
}

function sourceOf(node: AstNode): string {
  return regexpTree.generate(node as Parameters<typeof regexpTree.generate>[0]);
}

function codePoint(node: AstNode & { type: "Char" }, pattern: string): number {
  if (typeof node.codePoint === "number" && !Number.isNaN(node.codePoint)) return node.codePoint;
  throw new PatternGapError(pattern, `class range bound ${node.value} is not a single character`);
}

const escapeSets = new Map<string, CharSet>();

/** A single character or a character escape (`\d`, `\s`, `.`, `\p{…}`), scanned over the universe once. */
function charSet(node: AstNode & { type: "Char" }, pattern: string): CharSet {
  if (typeof node.codePoint === "number" && !Number.isNaN(node.codePoint)) {
    return fromRanges([[node.codePoint, node.codePoint]]);
  }
  return escapeSet(node.value, pattern);
}

function escapeSet(source: string, pattern: string): CharSet {
  let set = escapeSets.get(source);
  if (!set) {
    let regex: RegExp;
    try {
      regex = new RegExp(`^${source}$`, "u");
    } catch {
      throw new PatternGapError(pattern, `escape ${source} is not understood`);
    }
    set = scan(regex);
    escapeSets.set(source, set);
  }
  return set;
}

function scan(regex: RegExp): CharSet {
  const ranges: [number, number][] = [];
  for (let i = 0; i < UNIVERSE.length; i += 2) {
    for (let cp = UNIVERSE[i] as number; cp <= (UNIVERSE[i + 1] as number); cp++) {
      if (regex.test(String.fromCodePoint(cp))) ranges.push([cp, cp]);
    }
  }
  return fromRanges(ranges);
}
