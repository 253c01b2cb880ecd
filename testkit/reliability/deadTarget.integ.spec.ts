/** A target that dies mid-run (moto SIGKILLed): the run stops within the timeout, keeps its results, exits 2. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { validateResultsDoc } from "../../reports/resultsSchema.ts";
import { startMoto } from "../../suites/targets/motoTarget.ts";
import { MOTO_VENV, venvBin } from "../../suites/targets/venv.ts";
import { cliAgainst, STARTED } from "./cliAgainst.ts";

const installed = venvBin(MOTO_VENV, "moto_server") !== undefined;

describe.skipIf(!installed)("a target that dies mid-run", () => {
  it("stops cleanly, writes the results so far, exits 2 and says what happened", async () => {
    const moto = await startMoto();
    try {
      const { run, out } = await cliAgainst(moto.endpoint, { runs: 5_000, deadlineMs: 60_000 });
      await run.waitForStderr(STARTED);
      await sleep(1_500);
      process.kill(moto.pid, "SIGKILL");
      const killedAt = Date.now();
      const result = await run.done;

      expect(result.hung).toBe(false);
      // Within the per-request timeout (5 s) plus teardown against the dead target.
      expect(Date.now() - killedAt).toBeLessThan(15_000);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(
        /run stopped: target stopped answering: \d+ connection failures in a row/,
      );
      const doc = JSON.parse(await readFile(join(out, "results.json"), "utf8"));
      expect(validateResultsDoc(doc)).toEqual([]);
      expect(doc.summary.exitReason).toBe("aborted");
      expect(doc.summary.detail).toMatch(/target stopped answering/);
      expect(doc.cases.length).toBeGreaterThan(0);
    } finally {
      await moto.stop();
    }
  }, 90_000);
});

if (!installed) it.skip("moto is not installed in .venv: run npm run setup:emulators", () => {});
