import { atomsOf, type CharSet, intersect } from "./charSet.ts";
import { PatternGapError, type PatternIr } from "./patternIr.ts";
import type { Term, Terms } from "./terms.ts";

/** Largest counted repetition unrolled to honour a `$` or lookahead inside it. */
const MAX_UNROLL = 16;

/** The alphabet of a pattern: the atoms every character set of the IR is a union of. */
export function patternAtoms(ir: PatternIr): CharSet[] {
  const sets: CharSet[] = [];
  const collect = (node: PatternIr): void => {
    if (node.type === "set") sets.push(node.set);
    else if (node.type === "seq" || node.type === "alt") node.items.forEach(collect);
    else if (node.type === "rep" || node.type === "look" || node.type === "behind") collect(node.item);
  };
  collect(ir);
  return atomsOf(sets);
}

/** A pattern as terms: the whole-value term, and per lookbehind index the language `Σ* body` it tests the text read so far against. */
export interface PatternTerms {
  readonly root: Term;
  readonly behinds: readonly Term[];
}

/** Lookbehinds a pattern may hold: their truth at a position is one bit of a number. */
const MAX_BEHINDS = 16;

/**
 * The term of `ir` followed by `rest`, built continuation-first: a lookahead or `$` constrains
 * everything after it, so it becomes an intersection with the continuation. A lookbehind constrains
 * everything before it instead: it becomes a zero-width `behind` term, and its body a second term
 * the automaton runs alongside from the first character.
 */
export function buildTerm(
  ir: PatternIr,
  atoms: readonly CharSet[],
  terms: Terms,
  pattern: string,
): PatternTerms {
  const behindIndex = new Map<PatternIr, number>();
  const behinds: Term[] = [];
  const anything = terms.rep(terms.chars((1n << BigInt(atoms.length)) - 1n), 0, Infinity);
  const maskOf = (set: CharSet): bigint =>
    atoms.reduce((mask, atom, i) => (intersect(atom, set).length > 0 ? mask | (1n << BigInt(i)) : mask), 0n);
  const build = (node: PatternIr, rest: Term): Term => {
    switch (node.type) {
      case "set":
        return terms.cat(terms.chars(maskOf(node.set)), rest);
      case "seq":
        return node.items.reduceRight((acc, item) => build(item, acc), rest);
      case "alt":
        return terms.alt(node.items.map((item) => build(item, rest)));
      case "start":
        return terms.cat(terms.start, rest);
      case "end":
        return terms.and([terms.eps, rest]);
      case "look": {
        const ahead = build(node.item, terms.top);
        return terms.and([node.negative ? terms.not(ahead) : ahead, rest]);
      }
      case "behind": {
        let index = behindIndex.get(node);
        if (index === undefined) {
          if (behinds.length >= MAX_BEHINDS)
            throw new PatternGapError(pattern, `more than ${MAX_BEHINDS} lookbehinds are not supported`);
          index = behinds.length;
          behindIndex.set(node, index);
          behinds.push(terms.cat(anything, build(node.item, terms.eps)));
        }
        return terms.cat(terms.behind(index, node.negative), rest);
      }
      case "rep":
        if (!needsContinuation(node.item))
          return terms.cat(terms.rep(build(node.item, terms.eps), node.min, node.max), rest);
        if (node.max > MAX_UNROLL) {
          throw new PatternGapError(
            pattern,
            "a lookahead or $ inside a repetition of more than 16 is not supported",
          );
        }
        return unroll(node.item, node.min, node.max, rest);
    }
  };
  const unroll = (item: PatternIr, min: number, max: number, rest: Term): Term => {
    if (max === 0) return rest;
    const more = build(item, unroll(item, Math.max(min - 1, 0), max - 1, rest));
    return min > 0 ? more : terms.alt([rest, more]);
  };
  const root = build(ir, terms.eps);
  return { root, behinds };
}

function needsContinuation(node: PatternIr): boolean {
  if (node.type === "end" || node.type === "look") return true;
  if (node.type === "seq" || node.type === "alt") return node.items.some(needsContinuation);
  if (node.type === "rep") return needsContinuation(node.item);
  return false;
}
