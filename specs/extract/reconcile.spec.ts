import { describe, expect, it } from "vitest";
import type { MemberFact, Problem } from "./facts.ts";
import { mandatoryWords, reconcileEnums, reconcilePatterns, semanticKey } from "./reconcile.ts";

function member(name: string, pattern: string, examples: string[] = [], line = 1): MemberFact {
  return {
    name,
    source: { section: `Op${line}`, line },
    type: { kind: "string" },
    description: "",
    required: false,
    value: { pattern },
    key: {},
    examples,
    binding: "body",
  };
}

describe("reconcilePatterns", () => {
  it("gives every occurrence of a member one pattern, the one that accepts its examples", () => {
    const members = [
      member("FunctionName", "([a-z-]+)(:([a-z0-9]+)?)", [], 1),
      member("FunctionName", "([a-z-]+)(:([a-z0-9]+)?)", [], 2),
      member("FunctionName", "([a-z-]+)(:([a-z0-9]+))?", ["my-function", "my-function:v1"], 3),
    ];
    const repairs = reconcilePatterns(members, []);
    expect(new Set(members.map((m) => m.value.pattern))).toEqual(new Set(["([a-z-]+)(:([a-z0-9]+))?"]));
    expect(repairs).toHaveLength(2);
    expect(repairs[0]?.evidence).toMatch(/my-function:v1/);
  });

  it("keeps distinct families of one member name apart", () => {
    const members = [
      member("Arn", "arn:aws:lambda:layer:[a-z]+"),
      member("Arn", "arn:aws:elasticfilesystem:fsap-[a-f0-9]{17}"),
    ];
    reconcilePatterns(members, []);
    expect(members[0]?.value.pattern).not.toBe(members[1]?.value.pattern);
  });

  it("borrows another member's variant when every own variant rejects the document's examples", () => {
    const members = [
      member("MasterArn", "arn:lambda:function:[a-z]"),
      member("FunctionArn", "arn:lambda:function:[a-z-]+"),
      member("FunctionName", "(arn:lambda:function:)?[a-z-]+", ["arn:lambda:function:my-fn"]),
    ];
    reconcilePatterns(members, []);
    expect(members[0]?.value.pattern).toBe("arn:lambda:function:[a-z-]+");
  });

  it("reports a member whose every variant is broken", () => {
    const problems: Problem[] = [];
    reconcilePatterns([member("X", "[a-z", ["a"])], problems);
    expect(problems[0]?.message).toMatch(/no repair of X pattern/);
  });

  it("counts spellings of one character set as one vote", () => {
    expect(semanticKey("([a-z-_-]+)")).toBe(semanticKey("([a-z-_\\-]+)"));
    expect(semanticKey("([a-z- _]+)")).not.toBe(semanticKey("([a-z-_-]+)"));
    const members = [
      member("StatementId", "([a-z- _]+)", [], 1),
      member("StatementId", "([a-z-_-]+)", [], 2),
      member("StatementId", "([a-z-_\\-]+)", [], 3),
      member("StatementId", "([a-z-_.]+)", [], 4),
    ];
    reconcilePatterns(members, []);
    expect(members[0]?.value.pattern).toBe("([a-z-_-]+)");
  });

  it("keeps occurrences with different length limits apart (FunctionName 140 without a dot, 170 with it)", () => {
    const sized = (pattern: string, max: number, line: number): MemberFact => ({
      ...member("FunctionName", pattern, [], line),
      value: { pattern, length: { min: 1, max } },
    });
    const members = [
      sized("([a-z0-9-_]+)", 140, 1),
      sized("([a-z0-9-_\\.]+)", 170, 2),
      sized("([a-z0-9-_\\.]+)", 170, 3),
    ];
    reconcilePatterns(members, []);
    expect(members.map((m) => m.value.pattern)).toEqual([
      "([a-z0-9-_]+)",
      "([a-z0-9-_\\.]+)",
      "([a-z0-9-_\\.]+)",
    ]);
  });

  it("lets a clean occurrence win over a vote of garbled ones", () => {
    const members = [
      member("Handler", "[^\\s]+", [], 1),
      member("Handler", "[^\\s]+\\$", [], 2),
      member("Handler", "[^\\s]+\\$", [], 3),
    ];
    const repairs = reconcilePatterns(members, []);
    expect(members.map((m) => m.value.pattern)).toEqual(["[^\\s]+", "[^\\s]+", "[^\\s]+"]);
    expect(repairs[0]?.evidence).toMatch(/written cleanly/);
  });

  it("reads `\\+` in a class as the pushed quantifier unless twins or examples show a dot", () => {
    const pushed = [member("Role", "role/[a-z_/\\+]", [], 1), member("Role", "role/[a-z_/]+", [], 2)];
    const repairs = reconcilePatterns(pushed, []);
    expect(pushed[0]?.value.pattern).toBe("role/[a-z_/]+");
    expect(repairs[0]?.evidence).toMatch(/pushed \+ quantifier \(0 of 1 occurrences/);
    const dotted = [member("Name", "([a-z-_\\+)]+)", ["my.name"], 1)];
    reconcilePatterns(dotted, []);
    expect(dotted[0]?.value.pattern).toBe("([a-z-_\\.]+)");
  });

  it("widens a one-class pattern by the punctuation of the member's own stated value, and only then", () => {
    const members = [member("LogGroup", "[\\.\\-_#A-Za-z0-9]+", ["/aws/lambda/functionname"])];
    const repairs = reconcilePatterns(members, []);
    expect(members[0]?.value.pattern).toBe("[\\.\\-_#A-Za-z0-9/]+");
    expect(repairs[0]?.evidence).toMatch(/class-lost-punctuation.*lacks \//);
    const problems: Problem[] = [];
    reconcilePatterns([member("Id", "[a-z]+", ["has space"])], problems);
    expect(problems[0]?.message).toMatch(/no repair of Id pattern/);
  });

  it("finds the literal words a value must contain", () => {
    expect(mandatoryWords("arn:(aws[a-z]*)?:lambda:[a-z]+:function:(x)?")).toEqual([
      "arn",
      "lambda",
      "function",
    ]);
    expect(mandatoryWords("abc|def")).toEqual([]);
  });
});

describe("reconcileEnums", () => {
  it("repairs a garbled copy of an enum list from the majority", () => {
    const make = (values: string[]): MemberFact => ({ ...member("Runtime", ".*"), value: { enum: values } });
    const members = [
      make(["java8.al2", "go1.x"]),
      make(["java8.al2", "go1.x"]),
      make(["java8.a12", "go1.x"]),
    ];
    const repairs = reconcileEnums(members);
    expect(members[2]?.value.enum).toEqual(["java8.al2", "go1.x"]);
    expect(repairs[0]).toMatchObject({ original: "java8.a12", repaired: "java8.al2" });
  });
});
