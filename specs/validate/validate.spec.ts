import { describe, expect, it } from "vitest";
import type { OperationView } from "../../core/serviceView.ts";
import { loadModelFile } from "../model/loadModelFile.ts";
import { validateInput, validateOutput, validateShape } from "./validate.ts";

const weather = loadModelFile(new URL("../fixtures/weather.json", import.meta.url).pathname);
const getForecast = weather.operations.get("GetForecast") as OperationView;

describe("shared validator", () => {
  it("validates inputs, outputs and shapes", () => {
    expect(validateInput(getForecast, { CityId: "paris", Days: 3, Units: "metric" }).valid).toBe(true);
    expect(validateInput(getForecast, { CityId: "paris", Days: 11 }).errors[0]?.kind).toBe("range");
    expect(validateOutput(getForecast, { CityId: "paris", Days: [], GeneratedAt: 1 }).valid).toBe(true);
    expect(validateShape(getForecast.input, {}).errors.map((issue) => issue.path)).toEqual(["/CityId"]);
  });
});
