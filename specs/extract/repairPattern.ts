/**
 * Mechanical repairs of regular expressions the PDF conversion mangled. Each rule is named and
 * says what the conversion did; `reconcilePatterns` then picks one pattern per member by evidence.
 */

export interface RepairRule {
  readonly name: string;
  /** What the conversion did, in one line: the evidence written next to each repair. */
  readonly why: string;
  readonly apply: (pattern: string) => string;
}

const replace =
  (re: RegExp, to: string) =>
  (p: string): string =>
    p.replace(re, to);

export const REPAIR_RULES: readonly RepairRule[] = [
  {
    name: "stray-backticks",
    why: "code-span backticks of the PDF are not part of the pattern",
    apply: replace(/`/g, ""),
  },
  {
    name: "markdown-link",
    why: "the PDF turned part of the pattern into a link, `[text](#)`",
    apply: replace(/\[([^\]]*)\]\(#\)/g, "$1"),
  },
  {
    name: "latex-residue",
    why: "math-mode residue of the conversion (`\\backslash `, `$^$`, `$_$`) stands for a plain character",
    apply: (p) => p.replace(/\\backslash\s*/g, "").replace(/\s?\$([\^_])\$\s?/g, "$1"),
  },
  {
    name: "latest-literal",
    why: "`$LATEST` lost or doubled its escape (\\$\\{LATEST, \\\\$\\\\$LATEST, \\LATEST); the document's examples name the version $LATEST",
    apply: replace(/(?:\\|\$|\{)+LATEST/g, "\\$LATEST"),
  },
  {
    name: "doubled-backslash",
    why: "a backslash before `$` was doubled, which makes the `$` an end anchor",
    apply: replace(/\\\\(?=[.$])/g, "\\"),
  },
  {
    name: "escaped-end-anchor",
    why: "an end anchor `$` closing a group or the pattern was escaped into a literal dollar sign",
    apply: replace(/\\\$(?=\)|$)/g, "$"),
  },
  {
    name: "escaped-start-anchor",
    why: "a `^` start anchor inside a lookahead was escaped into a literal caret",
    apply: replace(/\(\?!\\\^/g, "(?!^"),
  },
  {
    name: "brace-for-plus",
    why: "a `+` after a character class was converted to `}`",
    apply: replace(/\]\}/g, "]+"),
  },
  {
    name: "plus-pushed-into-class",
    why: "the `+` after a character class was pushed inside it (`/\\+]` for `/]+`, `_\\+)]+)` for `_]+)`)",
    apply: (p) => plusInClass(p, ""),
  },
  {
    name: "doubled-class-dot",
    why: "`\\.` inside a character class was doubled",
    apply: replace(/\\\.\\\./g, "\\."),
  },
  {
    name: "doubled-class-hyphen",
    why: "`\\-` inside a character class was doubled",
    apply: replace(/\\-\\-/g, "\\-"),
  },
  {
    name: "possessive-plus",
    why: "`+` was doubled into a possessive quantifier, which ECMAScript does not have",
    apply: replace(/\+\+/g, "+"),
  },
  {
    name: "quantifier-in-class",
    why: "`\\d{12}` was wrapped in a character class (`[\\d{12}]`), which matches one character",
    apply: (p) =>
      p
        .replace(/\[\\d\{12\}\]\?/g, "(\\d{12})?")
        .replace(/\(\[\\d\{12\}\)/g, "(\\d{12})")
        .replace(/\[\\d\{12\}\]/g, "\\d{12}"),
  },
  {
    name: "region-hyphen",
    why: "the `-` before the region digit was lost or misplaced (`-[a-z]+\\d{1}`, `\\-d{1}`); the document's ARNs name regions like us-west-2",
    apply: (p) => p.replace(/\[a-z\]\+\\?-?\\?d\{1\}/g, "[a-z]+-\\d{1}"),
  },
  {
    name: "lone-star",
    why: "a literal `*` alternative lost its escape (`|*|`)",
    apply: (p) => p.replace(/(^|\|)\*(?=\||$)/g, "$1\\*"),
  },
  {
    name: "identity-escapes",
    why: "escapes of plain characters (`\\@`, `\\#`, `\\ `) are invalid with the `u` flag",
    apply: replace(/\\([@#\s/])/g, "$1"),
  },
  {
    name: "punctuation-range",
    why: "a range between two punctuation characters (`@-_` spans the capital letters) is a literal hyphen that lost its escape, as other copies of the pattern in the document (`\\@\\-_`) show",
    apply: escapePunctuationRanges,
  },
  {
    name: "trailing-class-escape",
    why: "a backslash before `]` escaped the end of a character class",
    apply: replace(/\\\](?=[*+]|$)/g, "]"),
  },
];

/** The other reading of a `\+` inside a character class: a `\.` the conversion lost (its own rule). */
const PLUS_FOR_DOT: RepairRule = {
  name: "plus-paren-for-dot",
  why: "`\\.` inside a character class was converted to `\\+` or `\\+)`",
  apply: (p) => plusInClass(p, "\\."),
};

/** How to read a `\+` inside a character class: a pushed quantifier (the default) or a lost `\.`. */
export type PlusReading = "quantifier" | "dot";

/** True when the two readings of `\+` in a class give different patterns: the occurrence is ambiguous. */
export function hasPlusInClass(original: string): boolean {
  return plusInClass(original, "") !== plusInClass(original, "\\.");
}

/**
 * Rewrites each `\+` inside a character class, with what follows of `)`, `]` and `+`, as `<insert>]+`
 * (keeping a `)` that closed the group): `_\+)]+)` and `_\+])` and `_\+)(` all lose the pushed `+`.
 */
export function plusInClass(p: string, insert: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i] ?? "";
    if (ch === "\\" && inClass && p[i + 1] === "+" && (p[i + 2] === ")" || p[i + 2] === "]")) {
      let j = i + 2;
      let closesGroup = false;
      if (p[j] === ")") {
        j++;
        if (p[j] === "]") j++;
        else closesGroup = true; // `_\+)(`: the `]` was lost and the `)` is the group's
      } else j++; // the `]`
      if (p[j] === "+") j++;
      out += `${insert}]+${closesGroup ? ")" : ""}`;
      inClass = false;
      i = j - 1;
      continue;
    }
    if (ch === "\\") {
      out += ch + (p[i + 1] ?? "");
      i++;
      continue;
    }
    if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    out += ch;
  }
  return out;
}

/** Applies every rule; returns the result and the names of the rules that changed something. */
export function repairPattern(
  original: string,
  plusReading: PlusReading = "quantifier",
): { pattern: string; rules: string[] } {
  let pattern = original.trim();
  const rules: string[] = [];
  const ruleSet =
    plusReading === "dot"
      ? REPAIR_RULES.map((r) => (r.name === "plus-pushed-into-class" ? PLUS_FOR_DOT : r))
      : REPAIR_RULES;
  for (const rule of ruleSet) {
    const next = rule.apply(pattern);
    if (next !== pattern) rules.push(rule.name);
    pattern = next;
  }
  const balanced = balanceParentheses(pattern);
  if (balanced !== pattern) rules.push("unbalanced-parentheses");
  return { pattern: balanced, rules };
}

const PUNCTUATION = /^[!-/:-@[-`{-~]$/;

/** In every character class, `X-Y` with X and Y single punctuation characters becomes `X\-Y`. */
export function escapePunctuationRanges(p: string): string {
  let out = "";
  for (let i = 0; i < p.length; i++) {
    const ch = p[i] ?? "";
    if (ch === "\\") {
      out += ch + (p[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch !== "[") {
      out += ch;
      continue;
    }
    // Read the class as atoms (an escape is one atom), then rewrite its ranges.
    const atoms: string[] = [];
    let j = i + 1;
    if (p[j] === "^") atoms.push(p[j++] ?? "");
    for (; j < p.length && p[j] !== "]"; j++)
      atoms.push(p[j] === "\\" ? `${p[j]}${p[++j] ?? ""}` : (p[j] ?? ""));
    for (let k = 1; k + 1 < atoms.length; k++) {
      if (atoms[k] !== "-") continue;
      const [a = "", b = ""] = [atoms[k - 1], atoms[k + 1]];
      if (PUNCTUATION.test(a) && PUNCTUATION.test(b) && a !== "-" && b !== "-") atoms[k] = "\\-";
      k++; // a range consumes its end: `0-9-_` keeps the second hyphen literal
    }
    out += `[${atoms.join("")}${j < p.length ? "]" : ""}`;
    i = j;
  }
  return out;
}

/** Drops unmatched `)` and closes unclosed `(` at the end, outside character classes. */
export function balanceParentheses(p: string): string {
  let out = "";
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i] ?? "";
    if (ch === "\\") {
      out += ch + (p[i + 1] ?? "");
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
    } else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") {
      if (depth === 0) continue;
      depth--;
    }
    out += ch;
  }
  return out + ")".repeat(depth);
}
