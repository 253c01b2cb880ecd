import { describe, expect, it } from "vitest";
import { wholeValuePattern } from "../model/wholeValuePattern.ts";
import { balanceParentheses, hasPlusInClass, repairPattern } from "./repairPattern.ts";

/** Each kind of garbling the PDF conversion produced, as it appears in the reference document. */
const CASES: [string, string, string][] = [
  ["stray-backticks", "(`\\$LATEST|[0-9]+`)", "(\\$LATEST|[0-9]+)"],
  ["latest-literal", "(\\\\$\\{LATEST|[0-9]+)", "(\\$LATEST|[0-9]+)"],
  ["latest-literal", "(\\\\$\\\\$LATEST|[0-9]+)", "(\\$LATEST|[0-9]+)"],
  ["plus-pushed-into-class", "([a-zA-Z0-9-_\\+)]+)", "([a-zA-Z0-9-_]+)"],
  ["plus-pushed-into-class", "role/?[a-zA-Z_0-9+=,.@\\-_/\\+]", "role/?[a-zA-Z_0-9+=,.@\\-_/]+"],
  ["plus-pushed-into-class", "([a-zA-Z0-9-_\\+)(:(a|b))?", "([a-zA-Z0-9-_]+)(:(a|b))?"],
  ["doubled-class-dot", "csc-[a-zA-Z0-9-_\\.\\.]{17}", "csc-[a-zA-Z0-9-_\\.]{17}"],
  [
    "possessive-plus",
    "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]++:.*)|()",
    "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()",
  ],
  ["quantifier-in-class", "arn:aws:([\\d{12}]?):(.*)", "arn:aws:((\\d{12})?):(.*)"],
  ["region-hyphen", "[a-z]{2}(-gov)?-[a-z]+\\d{1}", "[a-z]{2}(-gov)?-[a-z]+-\\d{1}"],
  ["region-hyphen", "[a-z]{2}(-gov)?-[a-z]+\\-d{1}", "[a-z]{2}(-gov)?-[a-z]+-\\d{1}"],
  ["escaped-end-anchor", "^o-[a-z0-9]{10,32}\\$", "^o-[a-z0-9]{10,32}$"],
  ["lone-star", "\\d{12}|*|arn:aws:iam::\\d{12}:root", "\\d{12}|\\*|arn:aws:iam::\\d{12}:root"],
  ["identity-escapes", "[a-zA-Z_0-9+=,.\\@\\-_/]+", "[a-zA-Z_0-9+=,.@\\-_/]+"],
  ["markdown-link", "([\\\\\\$LATEST](#)|[0-9]+)", "(\\$LATEST|[0-9]+)"],
  ["latex-residue", "(?! $^$ [0-9]+\\$)([a-zA-Z0-9- $_$]+)", "(?!^[0-9]+$)([a-zA-Z0-9-_]+)"],
  ["unbalanced-parentheses", "(a(b|c)", "(a(b|c))"],
  ["punctuation-range", "role/?[a-zA-Z_0-9+=,.@-_/]+", "role/?[a-zA-Z_0-9+=,.@\\-_/]+"],
];

describe("repairPattern", () => {
  it.each(CASES)("%s: %s", (rule, garbled, repaired) => {
    const r = repairPattern(garbled);
    expect(r.pattern).toBe(repaired);
    expect(r.rules).toContain(rule);
    expect(() => wholeValuePattern(r.pattern)).not.toThrow();
  });

  it("reads `\\+` in a class as a lost `\\.` when asked (plus-paren-for-dot)", () => {
    const r = repairPattern("([a-zA-Z0-9-_\\+)]+)", "dot");
    expect(r.pattern).toBe("([a-zA-Z0-9-_\\.]+)");
    expect(r.rules).toContain("plus-paren-for-dot");
    expect(hasPlusInClass("([a-zA-Z0-9-_\\+)]+)")).toBe(true);
    expect(hasPlusInClass("[a-z+]+\\+")).toBe(false);
  });

  it("leaves a clean pattern alone", () => {
    expect(repairPattern("[a-zA-Z0-9-_]+")).toEqual({ pattern: "[a-zA-Z0-9-_]+", rules: [] });
  });

  it("keeps real ranges and hyphens after a range as they are", () => {
    expect(repairPattern("[a-zA-Z0-9-_]+").pattern).toBe("[a-zA-Z0-9-_]+");
    expect(repairPattern("[a-zA-Z0-9-/*:_+=.@-]*").pattern).toBe("[a-zA-Z0-9-/*:_+=.@-]*");
  });

  it("balances parentheses outside character classes only", () => {
    expect(balanceParentheses("a)b")).toBe("ab");
    expect(balanceParentheses("[()]")).toBe("[()]");
  });
});

describe("wholeValuePattern", () => {
  it("anchors: a Smithy pattern must match the whole value", () => {
    expect(wholeValuePattern("b").test("abc")).toBe(false);
    expect(wholeValuePattern("a|b").test("ab")).toBe(false);
    expect(wholeValuePattern("a|b").test("b")).toBe(true);
  });
});
