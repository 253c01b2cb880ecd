import { describe, expect, it } from "vitest";
import { ALL_PHASES } from "../suites/engine/plan.ts";
import { HELP } from "./help.ts";
import { RUN_OPTIONS } from "./runOptions.ts";

describe("help", () => {
  it("lists every option of the table, --model included", () => {
    for (const flag of Object.keys(RUN_OPTIONS)) expect(HELP).toContain(`--${flag}`);
    expect(HELP).toContain("--model FILE");
  });

  it("names the five phases", () => {
    expect(ALL_PHASES).toHaveLength(5);
    expect(HELP).toContain(`--phases ${ALL_PHASES.join(",")}`);
    expect(HELP).toContain("default: all 5");
  });

  it("states each default as the table holds it (defaults live in the table alone)", () => {
    for (const [flag, option] of Object.entries(RUN_OPTIONS) as [
      string,
      { default?: unknown; text: string },
    ][]) {
      const stated = /\(default ([^)]+)\)/.exec(option.text)?.[1];
      if (stated !== undefined) expect(stated, `--${flag}`).toBe(String(option.default));
    }
  });
});
