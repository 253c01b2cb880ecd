import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL } from "../../specs/model/defaultModel.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { LAMBDA_WING } from "../lambda/wing.ts";
import { BARE_WING } from "./serviceWing.ts";
import { wingFor } from "./wingFor.ts";

describe("wingFor", () => {
  it("gives the Lambda model Lambda's wing: its costly operation and its own-resource operations", () => {
    const lambda = loadModelFile(DEFAULT_MODEL);
    const wing = wingFor(lambda);
    expect(wing).toBe(LAMBDA_WING);
    expect(wing.costly.operations.PutProvisionedConcurrencyConfig).toBeDefined();
    expect(wing.ownResourceOperations(lambda)).toContain("DeleteFunction");
  });

  it("gives another service's model no Lambda bundles and nothing costly", () => {
    const weather = loadModelFile("specs/fixtures/weather.json");
    const wing = wingFor(weather);
    expect(wing).toBe(BARE_WING);
    expect(wing.ownResourceOperations(weather)).toEqual([]);
    expect(LAMBDA_WING.ownResourceOperations(weather).length).toBeGreaterThan(0);
  });
});
