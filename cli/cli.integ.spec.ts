/** The CLI as a user meets it: exit codes, messages, and replaying a case from its replay line. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MOTO_VENV, venvBin } from "../suites/targets/venv.ts";
import { runCli } from "../testkit/reliability/runCli.ts";

const cli = (args: string[]) => runCli(args, { deadlineMs: 120_000 }).done;

describe("lambda-conformance CLI", () => {
  it("prints help and exits 0", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Exit codes: 0 conformant, 1 non-conformant, 2 could not run/);
  });

  it.each([
    [["run", "--runs", "abc"], /--runs must be an integer/],
    [
      ["run", "--ops", "NoSuchOperation", "--endpoint", "http://127.0.0.1:9"],
      /unknown operation\(s\) NoSuchOperation/,
    ],
    [["run", "--checks", "noSuchCheck", "--endpoint", "http://127.0.0.1:9"], /noSuchCheck/],
    [
      ["run", "--endpoint", "http://127.0.0.1:9", "--ops", "ListFunctions"],
      /unreachable: connect ECONNREFUSED/,
    ],
    [["frobnicate"], /unknown command "frobnicate"/],
  ])("%j exits 2 with a clear message", async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it.skipIf(venvBin(MOTO_VENV, "moto_server") === undefined)(
    "replays a case from its replay line: same request, same id",
    async () => {
      const out = mkdtempSync(join(tmpdir(), "lc-replay-"));
      const first = await cli([
        "run",
        "--ops",
        "GetFunction",
        "--phases",
        "invalid",
        "--runs",
        "4",
        "--seed",
        "11",
        "--no-shrink",
        "--fail-on",
        "none",
        "--out",
        out,
      ]);
      expect(first.code).toBe(0);
      const lines = readFileSync(join(out, "results.json"), "utf8").split("\n");
      const third = JSON.parse(
        (lines.find((l) => l.includes('"id":"GetFunction/invalid/2"')) ?? "").replace(/^,/, ""),
      );
      const replayArgs = (third.replay as string).replace("npx lambda-conformance ", "").split(" ");
      const again = mkdtempSync(join(tmpdir(), "lc-replay-"));
      const second = await cli([...replayArgs, "--no-shrink", "--fail-on", "none", "--out", again]);
      expect(second.code).toBe(0);
      const replayed = readFileSync(join(again, "results.json"), "utf8")
        .split("\n")
        .filter((l) => l.includes('"id":"GetFunction/invalid/'));
      expect(replayed).toHaveLength(1);
      const r = JSON.parse((replayed[0] ?? "").replace(/^,/, ""));
      expect(r.id).toBe("GetFunction/invalid/2");
      expect(r.violation).toEqual(third.violation);
      // The fixture names carry the run id, so compare the request with it masked.
      const mask = (s: string) => s.replace(/lc-[0-9a-f]{8}/g, "lc-RUN").replace(/127\.0\.0\.1:\d+/, "HOST");
      expect(mask(r.request.url)).toBe(mask(third.request.url));
      expect(mask(r.request.body ?? "")).toBe(mask(third.request.body ?? ""));
    },
    120_000,
  );
});
