/**
 * Extended regular expressions (with intersection and complement) over a finite alphabet of atoms,
 * hash-consed so that Brzozowski derivatives reach a finite set of states. Lookaheads become
 * intersections with the rest of the pattern; `^` is a `start` term that only holds before the
 * first character (`late` removes it from every continuation). A lookbehind is a zero-width `behind`
 * term whose truth at a position is given by a context: the bit of its index says whether the text
 * read so far ends as the lookbehind requires (the automaton tracks that in a second term per
 * lookbehind), so `nullable` and `derivative` take that context.
 */
export type Term =
  | { readonly id: number; readonly kind: "empty" }
  | { readonly id: number; readonly kind: "eps" }
  | { readonly id: number; readonly kind: "start" }
  | { readonly id: number; readonly kind: "behind"; readonly index: number; readonly negative: boolean }
  | { readonly id: number; readonly kind: "chars"; readonly mask: bigint }
  | { readonly id: number; readonly kind: "cat"; readonly left: Term; readonly right: Term }
  | { readonly id: number; readonly kind: "alt"; readonly items: readonly Term[] }
  | { readonly id: number; readonly kind: "and"; readonly items: readonly Term[] }
  | { readonly id: number; readonly kind: "not"; readonly item: Term }
  | {
      readonly id: number;
      readonly kind: "rep";
      readonly item: Term;
      readonly min: number;
      readonly max: number;
    };

type Shape = Term extends infer T ? (T extends Term ? Omit<T, "id"> : never) : never;

/** One interning table; terms of different factories must not be mixed. */
export class Terms {
  private readonly table = new Map<string, Term>();
  private readonly nullableCache = new Map<string, boolean>();
  private readonly lateCache = new Map<number, Term>();
  private readonly derivativeCache = new Map<string, Term>();
  readonly empty = this.intern({ kind: "empty" }, "0");
  readonly eps = this.intern({ kind: "eps" }, "e");
  readonly start = this.intern({ kind: "start" }, "^");
  /** Σ*: the complement of the empty language. */
  readonly top = this.intern({ kind: "not", item: this.empty }, `!${this.empty.id}`);

  get size(): number {
    return this.table.size;
  }

  private intern(shape: Shape, key: string): Term {
    let term = this.table.get(key);
    if (!term) {
      term = { ...shape, id: this.table.size } as Term;
      this.table.set(key, term);
    }
    return term;
  }

  /** Holds where lookbehind `index` holds (or, negative, where it does not). */
  behind(index: number, negative: boolean): Term {
    return this.intern({ kind: "behind", index, negative }, `<${negative ? "!" : "="}${index}`);
  }

  chars(mask: bigint): Term {
    return mask === 0n ? this.empty : this.intern({ kind: "chars", mask }, `c${mask.toString(36)}`);
  }

  cat(left: Term, right: Term): Term {
    if (left.kind === "empty" || right.kind === "empty") return this.empty;
    if (left.kind === "eps") return right;
    if (right.kind === "eps") return left;
    if (left.kind === "cat") return this.cat(left.left, this.cat(left.right, right));
    return this.intern({ kind: "cat", left, right }, `.${left.id},${right.id}`);
  }

  alt(items: readonly Term[]): Term {
    const flat = new Map<number, Term>();
    let mask = 0n;
    for (const item of items.flatMap((t) => (t.kind === "alt" ? t.items : [t]))) {
      if (item.id === this.top.id) return this.top;
      if (item.kind === "chars") mask |= item.mask;
      else if (item.kind !== "empty") flat.set(item.id, item);
    }
    if (mask !== 0n) {
      const chars = this.chars(mask);
      flat.set(chars.id, chars);
    }
    const sorted = [...flat.values()].sort((a, b) => a.id - b.id);
    if (sorted.length === 0) return this.empty;
    if (sorted.length === 1) return sorted[0] as Term;
    return this.intern({ kind: "alt", items: sorted }, `|${sorted.map((t) => t.id).join(",")}`);
  }

  and(items: readonly Term[]): Term {
    const flat = new Map<number, Term>();
    for (const item of items.flatMap((t) => (t.kind === "and" ? t.items : [t]))) {
      if (item.kind === "empty") return this.empty;
      if (item.id !== this.top.id) flat.set(item.id, item);
    }
    const sorted = [...flat.values()].sort((a, b) => a.id - b.id);
    if (sorted.length === 0) return this.top;
    if (sorted.length === 1) return sorted[0] as Term;
    return this.intern({ kind: "and", items: sorted }, `&${sorted.map((t) => t.id).join(",")}`);
  }

  not(item: Term): Term {
    if (item.kind === "not") return item.item;
    return this.intern({ kind: "not", item }, `!${item.id}`);
  }

  rep(item: Term, min: number, max: number): Term {
    if (max === 0 || item.kind === "eps") return this.eps;
    if (item.kind === "empty") return min === 0 ? this.eps : this.empty;
    if (min === 1 && max === 1) return item;
    if (item.kind === "rep" && item.min === 0 && item.max === Infinity && min <= 1 && max === Infinity)
      return item;
    return this.intern({ kind: "rep", item, min, max }, `*${item.id},${min},${max}`);
  }

  /** Whether the term matches the empty string here; bit i of `context` says lookbehind i holds here. */
  nullable(term: Term, context = 0): boolean {
    const key = `${term.id}:${context}`;
    const cached = this.nullableCache.get(key);
    if (cached !== undefined) return cached;
    let result: boolean;
    switch (term.kind) {
      case "eps":
      case "start":
        result = true;
        break;
      case "behind":
        result = (((context >> term.index) & 1) === 1) !== term.negative;
        break;
      case "empty":
      case "chars":
        result = false;
        break;
      case "cat":
        result = this.nullable(term.left, context) && this.nullable(term.right, context);
        break;
      case "alt":
        result = term.items.some((t) => this.nullable(t, context));
        break;
      case "and":
        result = term.items.every((t) => this.nullable(t, context));
        break;
      case "not":
        result = !this.nullable(term.item, context);
        break;
      case "rep":
        result = term.min === 0 || this.nullable(term.item, context);
        break;
    }
    this.nullableCache.set(key, result);
    return result;
  }

  /** The term as seen after at least one character: `^` can no longer hold. */
  late(term: Term): Term {
    const cached = this.lateCache.get(term.id);
    if (cached) return cached;
    let result: Term;
    switch (term.kind) {
      case "start":
        result = this.empty;
        break;
      case "cat":
        result = this.cat(this.late(term.left), this.late(term.right));
        break;
      case "alt":
        result = this.alt(term.items.map((t) => this.late(t)));
        break;
      case "and":
        result = this.and(term.items.map((t) => this.late(t)));
        break;
      case "not":
        result = this.not(this.late(term.item));
        break;
      case "rep":
        result = this.rep(this.late(term.item), term.min, term.max);
        break;
      default:
        result = term;
    }
    this.lateCache.set(term.id, result);
    return result;
  }

  /** Brzozowski derivative with respect to one atom of the alphabet, lookbehinds judged by `context`. */
  derivative(term: Term, atom: number, context = 0): Term {
    const key = `${term.id}:${atom}:${context}`;
    const cached = this.derivativeCache.get(key);
    if (cached) return cached;
    const d = (t: Term): Term => this.derivative(t, atom, context);
    let result: Term;
    switch (term.kind) {
      case "empty":
      case "eps":
      case "start":
      case "behind":
        result = this.empty;
        break;
      case "chars":
        result = (term.mask >> BigInt(atom)) & 1n ? this.eps : this.empty;
        break;
      case "cat": {
        const first = this.cat(d(term.left), this.late(term.right));
        result = this.nullable(term.left, context) ? this.alt([first, d(term.right)]) : first;
        break;
      }
      case "alt":
        result = this.alt(term.items.map(d));
        break;
      case "and":
        result = this.and(term.items.map(d));
        break;
      case "not":
        result = this.not(d(term.item));
        break;
      case "rep": {
        const rest = this.rep(term.item, Math.max(term.min - 1, 0), term.max - 1);
        result = this.cat(d(term.item), this.late(rest));
        break;
      }
    }
    this.derivativeCache.set(key, result);
    return result;
  }
}
