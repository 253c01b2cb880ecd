import { describe, expect, it } from "vitest";
import { findEventStreams } from "./eventStreams.ts";
import type { Inference, MemberFact, OperationFact } from "./facts.ts";
import { inferTypes } from "./inferTypes.ts";
import { matchSyntaxNames, oneLetterApart } from "./matchSyntaxNames.ts";

function member(name: string, over: Partial<MemberFact> = {}): MemberFact {
  return {
    name,
    source: { section: "Op", line: 1 },
    type: { kind: "string" },
    description: "",
    required: false,
    value: {},
    key: {},
    examples: [],
    binding: "body",
    ...over,
  };
}

function op(name: string, members: MemberFact[], syntaxNames: string[]): OperationFact {
  return {
    name,
    source: { section: name, line: 1 },
    method: "GET",
    uri: "/",
    successCode: 200,
    input: [],
    output: members,
    errors: [],
    syntaxNames,
  };
}

describe("inferTypes", () => {
  it("types an untyped member like its typed twins of the same description, and records why", () => {
    const version = member("Version", {
      type: { kind: "long" },
      typeFrom: "line",
      description: "버전 번호입니다.",
    });
    const number = member("VersionNumber", { binding: "label", description: "버전 번호입니다." });
    const name = member("FunctionName", { binding: "label", description: "함수 이름." });
    const max = member("MaxItems", { binding: "query", value: { range: { min: 1 } } });
    const inferences: Inference[] = [];
    inferTypes([version, number, name, max], inferences);
    expect([number.type.kind, name.type.kind, max.type.kind]).toEqual(["long", "string", "integer"]);
    expect(inferences.map((i) => [i.member, i.constraint, i.what])).toEqual([
      ["VersionNumber", "type", "long"],
      ["FunctionName", "type", "string"],
      ["MaxItems", "type", "integer"],
    ]);
    expect(inferences[0]?.evidence).toMatch(/Op\.Version \(line 1\)/);
    expect([version, number, name, max].every((m) => m.typeFrom !== undefined)).toBe(true);
  });

  it("does not borrow a type from twins that disagree", () => {
    const a = member("A", { type: { kind: "long" }, typeFrom: "line", description: "d" });
    const b = member("B", { type: { kind: "boolean" }, typeFrom: "line", description: "d" });
    const c = member("C", { binding: "query", description: "d" });
    inferTypes([a, b, c], []);
    expect(c.type.kind).toBe("string");
  });
});

describe("matchSyntaxNames", () => {
  it("settles a name spelt two ways by the document's majority spelling", () => {
    expect(oneLetterApart("CreateDate", "CreatedDate")).toBe(true);
    expect(oneLetterApart("Arn", "Role")).toBe(false);
    const byArn = member("CreateDate");
    const get = member("CreatedDate");
    const publish = member("CreatedDate");
    const inferences: Inference[] = [];
    const ops = matchSyntaxNames(
      [
        op("GetLayerVersionByArn", [byArn], ["CreatedDate"]),
        op("GetLayerVersion", [get], ["CreateDate"]),
        op("PublishLayerVersion", [publish], ["CreatedDate"]),
      ],
      [],
      inferences,
    );
    expect(byArn.name).toBe("CreatedDate");
    expect(get.name).toBe("CreatedDate");
    expect(ops[1]?.syntaxNames).toEqual(["CreatedDate"]);
    expect(inferences.map((i) => [i.section, i.original])).toEqual([
      ["GetLayerVersionByArn", "heading CreateDate"],
      ["GetLayerVersion", 'syntax "CreateDate"'],
    ]);
  });

  it("leaves names alone when more than one syntax name could be meant", () => {
    const m = member("Tag");
    matchSyntaxNames([op("Op", [m], ["Tags", "ATag"])], [], []);
    expect(m.name).toBe("Tag");
  });
});

describe("inferTypes of a query value the document calls a list", () => {
  it("types it a list of text and records why", () => {
    const keys = member("TagKeys", {
      binding: "query",
      description: "함수에서 제거할 태그 키의 목록입니다.",
    });
    const plain = member("Qualifier", { binding: "query", description: "버전 또는 별칭입니다." });
    const inferences: Inference[] = [];
    inferTypes([keys, plain], inferences);
    expect(keys.type).toEqual({ kind: "list", item: { kind: "string" } });
    expect(plain.type).toEqual({ kind: "string" });
    expect(inferences[0]).toMatchObject({ member: "TagKeys", what: "list of string" });
  });
});

describe("findEventStreams", () => {
  const dataType = (name: string, members: string[]) => ({
    name,
    source: { section: name, line: 9 },
    members: members.map((m) => member(m)),
  });

  it("streams the response body members that are exactly the members of <Operation>ResponseEvent", () => {
    const inferences: Inference[] = [];
    const stream = op(
      "Watch",
      [member("Done"), member("Chunk"), member("Code", { binding: "statusCode" })],
      [],
    );
    const found = findEventStreams(
      [stream, op("Other", [member("Done")], [])],
      [dataType("WatchResponseEvent", ["Chunk", "Done"]), dataType("OtherResponseEvent", ["Done", "Chunk"])],
      inferences,
    );
    expect(found).toEqual([{ operation: "Watch", union: "WatchResponseEvent", members: ["Done", "Chunk"] }]);
    expect(inferences).toHaveLength(1);
  });
});
