/**
 * A target that accepts connections and never answers: the run stops with exit 2 and says the target
 * stalled, instead of every case waiting out --timeout. Loopback only; no emulator needed.
 */
import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
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
