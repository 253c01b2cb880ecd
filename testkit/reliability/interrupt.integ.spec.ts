/**
 * SIGINT and SIGTERM mid-run: teardown deletes every resource the run created (and nothing else), the
 * partial results.json is complete and schema-valid (written atomically), and the CLI exits 2.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { CreateFunctionCommand, GetFunctionCommand } from "@aws-sdk/client-lambda";
import { describe, expect, it } from "vitest";
import { validateResultsDoc } from "../../reports/resultsSchema.ts";
import { createFixtures } from "../../suites/resources/createFixtures.ts";
import { fixtureClients } from "../../suites/resources/fixtureClients.ts";
import { zipPackage } from "../../suites/resources/zipPackage.ts";
import { startMoto } from "../../suites/targets/motoTarget.ts";
import { MOTO_VENV, venvBin } from "../../suites/targets/venv.ts";
import { cliAgainst, STARTED } from "./cliAgainst.ts";
import { sweepRun } from "./sweepRun.ts";

const installed = venvBin(MOTO_VENV, "moto_server") !== undefined;

/** The run id from the head line of the results.json still being written (`results.json.partial-…`). */
async function runIdInProgress(out: string): Promise<string> {
  const partial = (await readdir(out)).find((f) => f.startsWith("results.json.partial-"));
  if (!partial) throw new Error(`no partial results.json in ${out}`);
  const head = (await readFile(join(out, partial), "utf8")).split("\n")[0] ?? "";
  return (JSON.parse(`${head.slice(0, head.lastIndexOf(',"cases":['))}}`) as { meta: { runId: string } }).meta
    .runId;
}

describe.skipIf(!installed).each(["SIGINT", "SIGTERM"] as const)("%s during a run", (signal) => {
  it("tears down what the run created, only that, and writes a complete partial report", async () => {
    const moto = await startMoto();
    const clients = fixtureClients({ endpoint: moto.endpoint });
    try {
      // Resources the run did not create: another run's (same lc- scheme, other id) and someone else's.
      const other = await createFixtures(clients, "otherrun");
      await clients.lambda.send(
        new CreateFunctionCommand({
          FunctionName: "someone-elses-fn",
          Runtime: "nodejs20.x",
          Role: other.roleArn,
          Handler: "index.handler",
          Code: { ZipFile: zipPackage() },
        }),
      );
      const { run, out } = await cliAgainst(moto.endpoint, { runs: 5_000, deadlineMs: 60_000 });
      await run.waitForStderr(STARTED);
      await sleep(1_000);
      const runId = await runIdInProgress(out);
      expect((await sweepRun(moto.endpoint, runId)).length, "the run's fixtures exist").toBeGreaterThan(0);
      run.child.kill(signal);
      const result = await run.done;

      expect(result.hung).toBe(false);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain(
        `${signal}: stopping, tearing down fixtures and writing partial reports`,
      );
      expect(await readdir(out)).toEqual(["junit.xml", "report.html", "report.md", "results.json"]);
      const doc = JSON.parse(await readFile(join(out, "results.json"), "utf8"));
      expect(validateResultsDoc(doc)).toEqual([]);
      expect(doc.summary.exitReason).toBe("interrupted");
      expect(doc.cases.length).toBeGreaterThan(0);
      expect(doc.cases.length).toBe(doc.summary.cases);

      expect(await sweepRun(moto.endpoint, runId)).toEqual([]);
      expect(await sweepRun(moto.endpoint, "otherrun")).toContain("function:lc-otherrun-fn");
      const kept = await clients.lambda.send(new GetFunctionCommand({ FunctionName: "someone-elses-fn" }));
      expect(kept.Configuration?.FunctionName).toBe("someone-elses-fn");
    } finally {
      clients.close();
      await moto.stop();
    }
  }, 90_000);
});

if (!installed) it.skip("moto is not installed in .venv: run npm run setup:emulators", () => {});
