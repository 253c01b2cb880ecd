import { describe, expect, it } from "vitest";
import { loadModelFile } from "../specs/model/loadModelFile.ts";
import { applicableViolations } from "./applicableViolations.ts";

const service = loadModelFile("specs/lambda/model.json");
const operations = [...service.operations.values()];
const hasBody = (name: string) =>
  [...(service.operations.get(name)?.input.members?.values() ?? [])].some((m) =>
    ["body", "payload"].includes(m.binding.kind),
  );

describe("applicableViolations", () => {
  it("sends no unknown body member to an operation whose request has no body (issue 14)", () => {
    // The document: "해당 요청에는 본문이 없습니다" for these (GET/DELETE) operations.
    const bodiless = operations.filter((op) => !hasBody(op.name));
    expect(bodiless.length).toBe(41);
    for (const op of bodiless)
      expect(
        applicableViolations(op).filter((v) => v.kind === "unknownMember"),
        op.name,
      ).toEqual([]);
  });

  it("still sends one to operations with a JSON body", () => {
    const create = service.operations.get("CreateFunction");
    if (!create) throw new Error("no CreateFunction");
    expect(applicableViolations(create)).toContainEqual(
      expect.objectContaining({ kind: "unknownMember", template: "" }),
    );
  });
});
