/**
 * A target that accepts connections and never answers: the run stops with exit 2 and says the target
 * stalled, instead of every case waiting out --timeout. Loopback only; no emulator needed.
 */
import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { CHECKS } from "../../suites/checks/registry.ts";
import { makePlan } from "../../suites/engine/plan.ts";
import { runConformance } from "../../suites/engine/runConformance.ts";
import { createRawTransport } from "../../suites/transports/rawTransport.ts";
import { createSdkTransport } from "../../suites/transports/sdkTransport.ts";
import { cliAgainst } from "./cliAgainst.ts";

let server: Server | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** Accepts every connection, reads what is sent, answers nothing. */
async function silentServer(): Promise<string> {
  server = createServer((socket) => {
    sockets.push(socket);
    socket.on("data", () => undefined);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return `http://127.0.0.1:${address.port}`;
}

describe("a target that accepts connections and never answers", () => {
  it("ends the run with exit 2 and the reason", async () => {
    const endpoint = await silentServer();
    // cliAgainst passes --timeout 5000: the run must end after about one timeout, not one per case.
    const { run } = await cliAgainst(endpoint, { runs: 50, deadlineMs: 120_000 });
    const result = await run.done;
    expect(result.hung).toBe(false);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/stalled: it accepts connections but sent no answer/);
  }, 130_000);
});

describe("the engine against a target that stops answering", () => {
  it("stops after a few timeouts in a row, not after every case", async () => {
    const endpoint = await silentServer();
    const service = loadModelFile("specs/lambda/model.json");
    const sdk = createSdkTransport({ endpoint, timeoutMs: 200 });
    const raw = createRawTransport({ endpoint, timeoutMs: 200 });
    let cases = 0;
    try {
      const outcome = await runConformance({
        service,
        plan: makePlan(service, { ops: ["GetFunction"], phases: ["valid", "invalid"], runs: 20, seed: 1 }),
        transports: { sdk, raw },
        checks: CHECKS,
        listener: { onCase: () => void cases++ },
        concurrency: 1,
        shrink: false,
      });
      expect(outcome.aborted).toMatch(
        /target stalled: it accepts connections but 5 requests in a row got no answer/,
      );
      expect(cases).toBe(5);
    } finally {
      sdk.close();
      raw.close();
    }
  }, 60_000);
});
