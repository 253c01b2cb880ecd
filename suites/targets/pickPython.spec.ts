import { describe, expect, it } from "vitest";
import { pickPython, pythonCandidates } from "./pickPython.ts";

describe("pickPython", () => {
  it("tries the emulator's own override first, then $PYTHON, then python3", () => {
    const candidates = pythonCandidates(
      { X_PYTHON: "/opt/py/x", PYTHON: "/opt/py/p", PYENV_ROOT: "/nonexistent" },
      "X_PYTHON",
    );
    expect(candidates.slice(0, 3)).toEqual(["/opt/py/x", "/opt/py/p", "python3"]);
  });

  it("returns an interpreter new enough", () => {
    expect(pickPython([3, 0], { PATH: process.env.PATH })).toBeDefined();
  });
});
