/** The hostile-target soak, small: ~1,100 requests through the fault proxy, every fault kind several times. */
import { describe, expect, it } from "vitest";
import { MOTO_VENV, venvBin } from "../../suites/targets/venv.ts";
import { FAULT_KINDS } from "./faultKinds.ts";
import { runSoak, type SoakFigures } from "./soak.ts";

const installed = venvBin(MOTO_VENV, "moto_server") !== undefined;

describe.skipIf(!installed)(
  "the suite against moto behind the fault proxy (npm run soak is the 10,000-request one)",
  () => {
    let figures: SoakFigures;

    it("survives: no crash, no hang, exit 0, a completed run", async () => {
      figures = await runSoak({
        runs: 100,
        faultRate: 0.5,
        seed: 9,
        concurrency: 64,
        timeoutMs: 2_000,
        deadlineMs: 90_000,
      });
      expect(figures.hung, figures.stderrTail).toBe(false);
      expect(figures.crashed, figures.stderrTail).toBe(false);
      expect(figures.exitCode).toBe(0);
      expect(figures.results.summary.exitReason).toBe("completed");
    }, 120_000);

    it("injected every fault kind and sent over 1,000 requests", () => {
      expect(figures.proxy.requests).toBeGreaterThan(1_000);
      for (const kind of FAULT_KINDS) expect(figures.proxy.faults[kind], kind).toBeGreaterThan(0);
      expect(figures.proxy.redirectsFollowed).toBe(0);
    });

    it("gives every case a verdict and loses none", () => {
      expect(figures.results.withoutVerdict).toEqual([]);
      expect(figures.results.duplicateIds).toBe(0);
      expect(figures.results.cases).toBe(figures.results.summary.cases);
      expect(figures.results.cases).toBeGreaterThan(1_000);
    });

    it("retries the injected throttles and counts them; none persisted", () => {
      const t = figures.results.summary.throttles as { cases: number; retries: number; persisted: number };
      expect(t.cases).toBeGreaterThan(0);
      expect(t.retries).toBeGreaterThanOrEqual(t.cases);
      expect(t.persisted).toBe(0);
    });

    it("keeps memory bounded (bodies capped and streamed) and leaves nothing behind", () => {
      expect(figures.peakRssBytes).toBeLessThan(600 * 1024 * 1024);
      expect(figures.leftovers).toEqual([]);
    });
  },
);

if (!installed) it.skip("moto is not installed in .venv: run npm run setup:emulators", () => {});
