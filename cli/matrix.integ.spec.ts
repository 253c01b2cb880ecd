import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorInstalled } from "../suites/targets/emulatorInstalled.ts";
import { EMULATORS } from "../suites/targets/emulators.ts";
import { matrixCommand } from "./matrixCommand.ts";

// Whichever emulators are installed here; LocalStack's and its fork localemu's starts and fixtures are
// the slow ones (localemu has its own integration test), so they are left to the full matrix.
const SLOW = ["localstack", "localemu"];
const installed = EMULATORS.filter((e) => !SLOW.includes(e.name) && emulatorInstalled(e)).map((e) => e.name);

describe.skipIf(installed.length === 0)("matrix against the installed emulators", () => {
  it("runs each with one seed and writes the leaderboard, the per-operation checks and the case line-up", async () => {
    const out = await mkdtemp(join(tmpdir(), "lc-matrix-"));
    const code = await matrixCommand([
      "--targets",
      installed.join(","),
      "--seed",
      "1",
      "--runs",
      "2",
      "--ops",
      "GetFunction,ListFunctions",
      "--phases",
      "valid,invalid",
      "--out",
      out,
    ]);
    expect(code).toBe(0);
    const md = await readFile(join(out, "matrix.md"), "utf8");
    for (const name of installed) expect(md).toMatch(new RegExp(`^\\| ${name} `, "m"));
    expect(md).toContain("### Failed checks per operation");
    expect(md).toMatch(/\| GetFunction \|/);
    expect(md).toMatch(/\d+ cases in every run, answered differently in \d+\./);
    const html = await readFile(join(out, "matrix.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/\b(?:src|href)="https?:/);
  }, 90_000);
});
