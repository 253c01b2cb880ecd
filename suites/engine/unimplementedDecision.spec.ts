import { describe, expect, it } from "vitest";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { PROJECT_ROOT } from "../targets/venv.ts";
import { decideUnimplemented, routablePath } from "./unimplementedDecision.ts";

const service = loadModelFile(`${PROJECT_ROOT}/specs/lambda/model.json`);
const getMapping = service.operations.get("GetEventSourceMapping");
const answer = (looksUnimplemented: boolean, routable = true, answered = true) => ({
  answered,
  looksUnimplemented,
  routable,
});

describe("decideUnimplemented", () => {
  it("is unimplemented when every answered case says so", () => {
    expect(decideUnimplemented([answer(true), answer(true), answer(false, true, false)])).toBe(true);
  });

  it("is implemented as soon as one case got another answer, whatever the order", () => {
    expect(decideUnimplemented([answer(true), answer(false)])).toBe(false);
    expect(decideUnimplemented([answer(false), answer(true)])).toBe(false);
  });

  it("never decides from cases whose path could not route", () => {
    expect(decideUnimplemented([answer(true, false), answer(true, false)])).toBe(false);
    expect(decideUnimplemented([])).toBe(false);
  });
});

describe("routablePath", () => {
  it("accepts plain label values and refuses empty or percent-encoded ones", () => {
    if (!getMapping) throw new Error("GetEventSourceMapping missing from the model");
    expect(routablePath(getMapping, { input: { UUID: "14e0db71-5d35-4eb5-b481-8945cf9d10c2" } })).toBe(true);
    expect(routablePath(getMapping, { input: { UUID: "" } })).toBe(false);
    expect(routablePath(getMapping, { input: { UUID: "a/b" } })).toBe(false);
    expect(routablePath(getMapping, { input: { UUID: "ü" } })).toBe(false);
    expect(routablePath(getMapping, { input: {} })).toBe(false);
  });
});
