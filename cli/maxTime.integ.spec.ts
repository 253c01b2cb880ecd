/** --max-time on real moto: the budget stops new cases, the run is reported as covered so far and gated as usual. */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { validateResultsDoc } from "../reports/resultsSchema.ts";
import { MOTO_VENV, venvBin } from "../suites/targets/venv.ts";
import { main } from "./main.ts";

afterEach(() => vi.restoreAllMocks());

describe.skipIf(venvBin(MOTO_VENV, "moto_server") === undefined)("run --max-time on moto", () => {
  it("stops sending when the budget is spent, tears down, and reports what it covered", async () => {
    const out = await mkdtemp(join(tmpdir(), "lc-maxtime-"));
    const stderr = vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const started = performance.now();
    // The whole model at 20 runs takes minutes here; 8 s cannot cover it.
    const code = await main([
      "run",
      "--target",
      "moto",
      "--max-time",
      "8",
      "--fail-on",
      "none",
      "--out",
      out,
    ]);
    expect(code).toBe(0);
    expect(performance.now() - started).toBeLessThan(60_000);
    const doc = JSON.parse(await readFile(join(out, "results.json"), "utf8"));
    expect(validateResultsDoc(doc)).toEqual([]);
    expect(doc.summary.exitReason).toBe("timeBudget");
    expect(doc.summary.detail).toMatch(/^--max-time 8 s spent: \d+ cases sent of \d+ planned/);
    const [, sent, planned] = /(\d+) cases sent of (\d+)/.exec(doc.summary.detail) ?? [];
    expect(Number(sent)).toBeLessThan(Number(planned));
    expect(doc.cases).toHaveLength(doc.summary.cases);
    const messages = stderr.mock.calls.map((c) => String(c[0]));
    expect(messages.some((m) => m.includes("left behind after teardown"))).toBe(false);
    expect(await readFile(join(out, "report.md"), "utf8")).toContain("run timeBudget (--max-time 8 s spent");
  }, 120_000);
});
