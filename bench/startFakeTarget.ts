/** Starts `fakeTarget.ts` in a child process and resolves to its loopback endpoint. */
import { spawn } from "node:child_process";
import { once } from "node:events";

/** A running fake target; `stop` ends the child it started. */
export interface FakeTarget {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** Spawns the fake target and waits for the port it prints. */
export async function startFakeTarget(): Promise<FakeTarget> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", new URL("./fakeTarget.ts", import.meta.url).pathname],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const [line] = (await once(child.stdout.setEncoding("utf8"), "data")) as [string];
  const port = Number.parseInt(line, 10);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`fake target printed no port: ${line}`);
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}
