import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { RequestCase } from "../core/requestCase.ts";
import { validateInput } from "../specs/validate/validate.ts";
import { lambda, mislabelled, weather } from "./_internals/__test-helpers__/models.ts";
import { ValueArbitraries } from "./_internals/valueArbitraries.ts";
import { applicableViolations } from "./applicableViolations.ts";
import { cachedSites, invalidRequests } from "./invalidRequests.ts";

describe("invalidRequests", () => {
  for (const service of [lambda, weather]) {
    for (const op of service.operations.values()) {
      it(`${service.name}.${op.name}: every site breaks exactly its labelled member and constraint`, () => {
        const values = new ValueArbitraries();
        const failures: string[] = [];
        for (const site of cachedSites(op)) {
          for (const placed of fc.sample(site.slot.place(values, site.leaf(values)), {
            seed: 7,
            numRuns: 3,
          })) {
            const c: RequestCase = {
              operation: op.name,
              phase: "invalid",
              input: placed.value as Record<string, unknown>,
              violation: {
                path: placed.path,
                kind: site.kind,
                constraint: site.constraint,
                rawOnly: site.rawOnly,
              },
              seed: 7,
            };
            const why = mislabelled(c, validateInput(op, c.input));
            if (why) failures.push(`${site.template} ${site.kind}: ${why}`);
          }
        }
        expect(failures).toEqual([]);
      });

      // An input with nothing to break (GetAccountSettings: no members, no body) has no invalid case.
      if (applicableViolations(op).length === 0) continue;
      test.prop([invalidRequests(op)], { numRuns: 30, seed: 11 })(
        `${service.name}.${op.name}: drawn cases are labelled exactly`,
        (c) => {
          const violation = c.violation;
          expect(violation).toBeDefined();
          if (violation?.kind === "malformedJson") {
            expect(() => JSON.parse(c.rawBody ?? "")).toThrow();
            expect(validateInput(op, c.input).valid).toBe(true);
            return;
          }
          expect(mislabelled(c, validateInput(op, c.input))).toBeUndefined();
          expect(violation?.rawOnly).toBe(
            ["wrongType", "unknownMember", "malformedJson"].includes(violation?.kind ?? ""),
          );
        },
      );
    }
  }

  it("offers every violation kind that the Lambda model has a constraint for", () => {
    // No mapTooLarge: Lambda's one bounded map (Endpoints, max 2) has a single-value enum key, so no
    // map with 3 distinct keys exists; the weather model's Tags map covers the kind.
    const kinds = new Set(
      [...lambda.operations.values()].flatMap((op) => applicableViolations(op).map((v) => v.kind)),
    );
    expect([...kinds].sort()).toEqual(
      [
        "aboveRange",
        "belowRange",
        "listTooLong",
        "listTooShort",
        "malformedJson",
        "mapKeyViolation",
        "mapValueViolation",
        "missingRequired",
        "notInEnum",
        "patternMismatch",
        "tooLong",
        "tooShort",
        "unknownMember",
        "wrongType",
      ].sort(),
    );
  });

  it("offers mapTooLarge where a bounded map has enough distinct keys", () => {
    const kinds = [...weather.operations.values()].flatMap((op) =>
      applicableViolations(op).map((v) => v.kind),
    );
    expect(kinds).toContain("mapTooLarge");
  });

  it("labels map key and value violations with the key in the path", () => {
    const op = lambda.operations.get("CreateFunction");
    if (!op) throw new Error("CreateFunction missing");
    const keySites = cachedSites(op).filter((s) => s.kind === "mapKeyViolation");
    expect(keySites.map((s) => s.template)).toContain("/Environment/Variables");
  });
});
