import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkByName } from "../checks/registry.ts";
import { LENIENCIES } from "./leniencies.ts";
import { renderLeniencies } from "./renderLeniencies.ts";
import { LENIENCY_DOC_PATH } from "./writeLeniencyDoc.ts";

describe("leniency table", () => {
  it("has unique ids and every field filled", () => {
    const ids = LENIENCIES.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of LENIENCIES) {
      for (const text of [l.document, l.aws, l.rule]) expect(text.trim()).not.toBe("");
      expect(l.checks.length).toBeGreaterThan(0);
    }
  });

  it("names only registered checks", () => {
    for (const l of LENIENCIES)
      for (const name of l.checks) expect(checkByName(name), `${l.id}: ${name}`).toBeDefined();
  });

  it("is cited by id in the code of every check it names", () => {
    for (const l of LENIENCIES) {
      for (const name of l.checks) {
        const sources = [
          `suites/checks/${name}.ts`,
          "suites/checks/preconditions.ts",
          "suites/checks/parseErrorType.ts",
        ];
        const cited = sources.some((file) => readFileSync(file, "utf8").includes(l.id));
        expect(cited, `${l.id} not cited by ${name}`).toBe(true);
      }
    }
  });

  it(`${LENIENCY_DOC_PATH} is current (regenerate: npx tsx suites/leniency/writeLeniencyDoc.ts)`, () => {
    expect(readFileSync(LENIENCY_DOC_PATH, "utf8")).toBe(renderLeniencies(LENIENCIES));
  });
});
