import { buildTerm, patternAtoms } from "./buildTerm.ts";
import { type CharSet, HEADER_SAFE, intersect, nth, PREFERRED, size } from "./charSet.ts";
import { PatternGapError, parsePatternIr } from "./patternIr.ts";
import { type Term, Terms } from "./terms.ts";

/** States beyond which a pattern is reported as a gap rather than explored further. */
const MAX_STATES = 4000;
/** Longest string whose length feasibility is ever computed. */
export const MAX_LENGTH = 1 << 16;

/** Whether strings are drawn from the pattern's language or from its complement. */
export type Polarity = "matching" | "outside";
/** Which characters of an atom are preferred when one is picked. */
export type Alphabet = "default" | "headerSafe";

/** Where generation takes its decisions from: `choose(n)` returns an integer in `[0, n)`. */
export interface ChoiceSource {
  choose(count: number): number;
}

/**
 * A complete DFA of a whole-value pattern over atom classes, with per-length reachability tables,
 * so strings of an exact length can be produced in either polarity without retries.
 */
export class PatternAutomaton {
  readonly atomCount: number;
  readonly stateCount: number;
  private readonly accepting: Uint8Array;
  /** Per state: its distinct successor states and, for each, the atoms leading there. */
  private readonly targets: Int32Array[];
  private readonly atomsTo: number[][][];
  private readonly picks: Record<Alphabet, CharSet[]>;
  private readonly layers: Record<Polarity, Uint8Array[]> = { matching: [], outside: [] };

  constructor(readonly pattern: string) {
    const ir = parsePatternIr(pattern);
    const atoms = patternAtoms(ir);
    const terms = new Terms();
    const { root, behinds } = buildTerm(ir, atoms, terms, pattern);
    // A state is the pattern's term together with one term per lookbehind, which has read the same text.
    type State = readonly [Term, ...Term[]];
    const keyOf = (state: State) => state.map((t) => t.id).join(",");
    const first: State = [root, ...behinds];
    const index = new Map<string, number>([[keyOf(first), 0]]);
    const queue: State[] = [first];
    const next: number[][] = [];
    const accepting: number[] = [];
    for (let s = 0; s < queue.length; s++) {
      const [term, ...trackers] = queue[s] as State;
      const context = trackers.reduce((bits, t, i) => (terms.nullable(t) ? bits | (1 << i) : bits), 0);
      accepting.push(terms.nullable(term, context) ? 1 : 0);
      const row: number[] = [];
      for (let a = 0; a < atoms.length; a++) {
        const d: State = [terms.derivative(term, a, context), ...trackers.map((t) => terms.derivative(t, a))];
        const key = keyOf(d);
        let target = index.get(key);
        if (target === undefined) {
          if (queue.length >= MAX_STATES)
            throw new PatternGapError(pattern, `its automaton exceeds ${MAX_STATES} states`);
          target = queue.length;
          index.set(key, target);
          queue.push(d);
        }
        row.push(target);
      }
      next.push(row);
    }
    this.atomCount = atoms.length;
    this.stateCount = queue.length;
    this.accepting = Uint8Array.from(accepting);
    this.targets = [];
    this.atomsTo = [];
    for (const row of next) {
      const byTarget = new Map<number, number[]>();
      for (const [atom, target] of row.entries())
        byTarget.set(target, [...(byTarget.get(target) ?? []), atom]);
      this.targets.push(Int32Array.from(byTarget.keys()));
      this.atomsTo.push([...byTarget.values()]);
    }
    const prefer = (set: CharSet) =>
      atoms.map((atom) => (intersect(atom, set).length > 0 ? intersect(atom, set) : atom));
    this.picks = { default: prefer(PREFERRED), headerSafe: prefer(HEADER_SAFE) };
  }

  /** True when a string of exactly `length` characters of this polarity exists. */
  has(polarity: Polarity, length: number): boolean {
    return length >= 0 && length <= MAX_LENGTH && (this.layer(polarity, length)[0] as number) === 1;
  }

  /** Achievable lengths in `[lo, hi]`, ascending. */
  lengths(polarity: Polarity, lo: number, hi: number): number[] {
    const out: number[] = [];
    for (let n = Math.max(lo, 0); n <= Math.min(hi, MAX_LENGTH); n++) if (this.has(polarity, n)) out.push(n);
    return out;
  }

  /** A string of exactly `length` characters (which must be achievable), decided by `source`. */
  walk(polarity: Polarity, length: number, source: ChoiceSource, alphabet: Alphabet = "default"): string {
    const picks = this.picks[alphabet];
    let state = 0;
    let out = "";
    for (let left = length; left > 0; left--) {
      const layer = this.layer(polarity, left - 1);
      const targets = this.targets[state] as Int32Array;
      const open: number[] = [];
      for (let i = 0; i < targets.length; i++) if (layer[targets[i] as number] === 1) open.push(i);
      const chosen = open[source.choose(open.length)] as number;
      const atoms = (this.atomsTo[state] as number[][])[chosen] as number[];
      const pick = picks[atoms[source.choose(atoms.length)] as number] as CharSet;
      out += String.fromCharCode(nth(pick, source.choose(size(pick))));
      state = targets[chosen] as number;
    }
    return out;
  }

  /** How many distinct strings of exactly `length` characters `walk` can produce (a float; may be huge). */
  count(polarity: Polarity, length: number, alphabet: Alphabet = "default"): number {
    const picks = this.picks[alphabet];
    let counts = new Float64Array(this.stateCount);
    for (let s = 0; s < this.stateCount; s++) {
      const accepting = this.accepting[s] === 1;
      counts[s] = accepting === (polarity === "matching") ? 1 : 0;
    }
    for (let n = 1; n <= length; n++) {
      const next = new Float64Array(this.stateCount);
      for (let s = 0; s < this.stateCount; s++) {
        const targets = this.targets[s] as Int32Array;
        const atomsTo = this.atomsTo[s] as number[][];
        let total = 0;
        for (let i = 0; i < targets.length; i++) {
          const ways = (atomsTo[i] as number[]).reduce((sum, atom) => sum + size(picks[atom] as CharSet), 0);
          total += ways * (counts[targets[i] as number] as number);
        }
        next[s] = total;
      }
      counts = next;
    }
    return counts[0] as number;
  }

  /** Which states can still end in a string of this polarity with exactly `n` characters left. */
  private layer(polarity: Polarity, n: number): Uint8Array {
    const layers = this.layers[polarity];
    while (layers.length <= n) {
      const layer = new Uint8Array(this.stateCount);
      const previous = layers[layers.length - 1];
      for (let s = 0; s < this.stateCount; s++) {
        if (previous === undefined)
          layer[s] =
            polarity === "matching" ? (this.accepting[s] as number) : 1 - (this.accepting[s] as number);
        else {
          const targets = this.targets[s] as Int32Array;
          for (let i = 0; i < targets.length; i++) {
            if (previous[targets[i] as number] === 1) {
              layer[s] = 1;
              break;
            }
          }
        }
      }
      layers.push(layer);
    }
    return layers[n] as Uint8Array;
  }
}

const cache = new Map<string, PatternAutomaton | PatternGapError>();

/** The automaton of a pattern, built once per process; throws `PatternGapError` for unsupported patterns. */
export function patternAutomaton(pattern: string): PatternAutomaton {
  let entry = cache.get(pattern);
  if (!entry) {
    try {
      entry = new PatternAutomaton(pattern);
    } catch (error) {
      if (!(error instanceof PatternGapError)) throw error;
      entry = error;
    }
    cache.set(pattern, entry);
  }
  if (entry instanceof PatternGapError) throw entry;
  return entry;
}
