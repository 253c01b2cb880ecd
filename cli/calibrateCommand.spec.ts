import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { calibrateCommand } from "./calibrateCommand.ts";

const dir = mkdtempSync(join(tmpdir(), "calibrate-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("lambda-conformance calibrate", () => {
  afterEach(() => vi.restoreAllMocks());

  it("exits 2 with the file and the problem on a bad file", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await calibrateCommand(["--responses", file("bad.json", "{not json")])).toBe(2);
    expect(await calibrateCommand(["--responses", file("shape.json", '{"responses":{}}')])).toBe(2);
    expect(await calibrateCommand(["--responses", join(dir, "missing.json")])).toBe(2);
    expect(error.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringMatching(/bad\.json: .*JSON/),
      expect.stringMatching(/shape\.json: expected an object with a "responses" array/),
      expect.stringMatching(/missing\.json: cannot read: ENOENT/),
    ]);
  });

  it("exits 1 on a fail and 0 on none, printing the per-check table", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const response = (body: string) =>
      JSON.stringify({
        responses: [
          {
            source: "t",
            operation: "ListFunctions",
            status: 200,
            headers: { "content-type": "application/json" },
            body,
          },
        ],
      });
    expect(await calibrateCommand(["--responses", file("ok.json", response('{"Functions":[]}'))])).toBe(0);
    expect(await calibrateCommand(["--responses", file("fail.json", response('{"Functions":1}'))])).toBe(1);
    expect(String(log.mock.calls[1]?.[0])).toMatch(/FAIL responseShape ListFunctions 200 \[t\]/);
    expect(String(log.mock.calls[0]?.[0])).toMatch(/responseShape \| 1 \| 1 \| 0 \| 0/);
  });
});
