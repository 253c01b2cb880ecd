import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadModelFile } from "../specs/model/loadModelFile.ts";
import { arbitraryFor, caseSeed, generateCases } from "./generateCases.ts";

const service = loadModelFile("specs/lambda/model.json");

describe("generateCases", () => {
  it.each(["CreateFunction", "ListFunctions"])(
    "samples in chunks yet yields what one fc.sample of all runs does (%s)",
    (name) => {
      const op = service.operations.get(name);
      if (!op) throw new Error(`no ${name}`);
      for (const phase of ["valid", "invalid"] as const) {
        const seed = caseSeed(3, name, phase);
        const whole = fc.sample(arbitraryFor(op, phase), { seed, numRuns: 600 });
        const chunked = [...generateCases(op, phase, 3, 600)];
        expect(chunked.map((c) => c.path)).toEqual(whole.map((_, i) => String(i)));
        expect(chunked.map(({ input }) => input)).toEqual(whole.map(({ input }) => input));
        expect([...generateCases(op, phase, 3, 600, undefined, 457)].map(({ input }) => input)).toEqual([
          whole[457]?.input,
        ]);
      }
    },
  );
});
