import { describe, expect, it } from "vitest";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { SIGNING_PROBES } from "./probes.ts";
import { probesFor, protocolCases } from "./protocolCases.ts";

const service = loadModelFile("specs/lambda/model.json");
const operations = [...service.operations.values()];

describe("protocolCases", () => {
  it("the same seed gives the same cases, another seed other requests", () => {
    const of = (seed: number) => JSON.stringify(operations.map((op) => protocolCases(op, seed)));
    expect(of(7)).toBe(of(7));
    expect(of(7)).not.toBe(of(8));
  });

  it("labels every case with its probe and indexes it for --replay", () => {
    const op = service.operations.get("GetFunction");
    if (!op) throw new Error("no GetFunction");
    const cases = protocolCases(op, 1);
    expect(cases.map((c) => c.probe?.kind)).toEqual(probesFor(op));
    expect(
      cases.every((c, i) => c.phase === "protocol" && c.path === String(i) && c.violation === undefined),
    ).toBe(true);
    expect(protocolCases(op, 1, undefined, 3)).toEqual([cases[3]]);
  });

  it("signs wrongly only reads, and probes every operation's path and method", () => {
    for (const op of operations) {
      const kinds = probesFor(op);
      expect(kinds).toContain("unknownPath");
      expect(kinds).toContain("unsupportedMethod");
      const signing = kinds.filter((k) => SIGNING_PROBES.includes(k));
      expect(signing.length, op.name).toBe(op.method === "GET" ? SIGNING_PROBES.length : 0);
    }
    expect(probesFor(service.operations.get("Invoke") as (typeof operations)[number])).toContain(
      "oversizedPayload",
    );
  });
});
