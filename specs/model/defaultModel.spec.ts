import { existsSync } from "node:fs";
import { isAbsolute } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL, modelFileFor } from "./defaultModel.ts";

describe("modelFileFor", () => {
  it("finds the committed model from any working directory, and leaves a user's path as given", () => {
    const file = modelFileFor(DEFAULT_MODEL);
    expect(isAbsolute(file) && existsSync(file)).toBe(true);
    expect(modelFileFor("my/model.json")).toBe("my/model.json");
  });
});
