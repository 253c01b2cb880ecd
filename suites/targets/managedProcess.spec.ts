import { describe, expect, it } from "vitest";
import { spawnManaged } from "./managedProcess.ts";
import { waitForHttp } from "./waitForHttp.ts";

describe("spawnManaged", () => {
  it("SIGKILLs a process that ignores SIGTERM once the grace is over", async () => {
    const child = spawnManaged("bash", ["-c", "trap '' TERM; echo ready; while true; do sleep 0.05; done"]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const info = await child.stop(200);
    expect(info.signal).toBe("SIGKILL");
    expect(child.running()).toBe(false);
    expect(child.outputTail()).toContain("ready");
  });

  it("makes waitForHttp fail at once, with the output tail, when the server exits", async () => {
    const child = spawnManaged("bash", ["-c", "echo 'bind failed: port in use' >&2; exit 3"]);
    await expect(
      waitForHttp("http://127.0.0.1:9/", { timeoutMs: 10_000, process: child, what: "fake server" }),
    ).rejects.toThrow(/fake server exited before it was ready \(code 3.*\n.*bind failed/s);
  });
});
