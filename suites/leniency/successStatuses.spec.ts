import { describe, expect, it } from "vitest";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { successStatuses } from "./successStatuses.ts";

const service = loadModelFile("specs/lambda/model.json");
const op = (name: string) => {
  const operation = service.operations.get(name);
  if (!operation) throw new Error(name);
  return operation;
};

describe("successStatuses", () => {
  it.each([
    ["RequestResponse", 200],
    ["Event", 202],
    ["DryRun", 204],
  ])("Invoke %s → %d", (type, status) => {
    expect(successStatuses(op("Invoke"), { InvocationType: type })).toEqual([status]);
  });

  it("Invoke without InvocationType is RequestResponse; an unknown type falls back to the model", () => {
    expect(successStatuses(op("Invoke"), {})).toEqual([200]);
    expect(successStatuses(op("Invoke"), { InvocationType: "Bogus" })).toEqual([op("Invoke").successCode]);
  });

  it("InvokeAsync is 202; every other operation keeps its model code", () => {
    expect(successStatuses(op("InvokeAsync"), {})).toEqual([202]);
    expect(successStatuses(op("CreateAlias"), {})).toEqual([201]);
    expect(successStatuses(op("DeleteFunction"), {})).toEqual([op("DeleteFunction").successCode]);
  });
});
