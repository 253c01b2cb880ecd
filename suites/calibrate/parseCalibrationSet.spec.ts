import { describe, expect, it } from "vitest";
import { CalibrationFileError, parseCalibrationSet } from "./parseCalibrationSet.ts";

const one = {
  source: "s",
  operation: "GetFunction",
  status: 200,
  headers: { "Content-Type": "x" },
  body: "{}",
};

describe("parseCalibrationSet", () => {
  it("accepts the shared file's format and lower-cases header names", () => {
    const set = parseCalibrationSet({ about: "a", license: "l", count: 1, responses: [one] });
    expect(set.responses[0]?.headers).toEqual({ "content-type": "x" });
    expect(set.about).toBe("a");
  });

  it.each([
    [[], /"responses" array/],
    [{ responses: [{ ...one, status: "200" }] }, /responses\[0\]: "status"/],
    [{ responses: [{ ...one, operation: "" }] }, /"operation"/],
    [{ responses: [{ ...one, headers: { a: 1 } }] }, /"headers"/],
    [{ responses: [{ ...one, body: {} }] }, /"body" must be a string/],
    [{ count: 2, responses: [one] }, /"count" is 2/],
  ])("rejects %j", (json, message) => {
    expect(() => parseCalibrationSet(json)).toThrow(CalibrationFileError);
    expect(() => parseCalibrationSet(json)).toThrow(message);
  });
});
