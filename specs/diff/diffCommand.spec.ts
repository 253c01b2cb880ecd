import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EXPECTED_DRIFT, lambdaDrift } from "./__fixtures__/lambdaDrift.ts";
import { runDiffCommand } from "./diffCommand.ts";

const lambda = new URL("../lambda/model.json", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "diff-"));
const drifted = join(dir, "lambda-drift.json");
writeFileSync(drifted, JSON.stringify(lambdaDrift(JSON.parse(readFileSync(lambda, "utf8")))));

describe("runDiffCommand", () => {
  const stderr = vi.spyOn(console, "error").mockImplementation(() => {});
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  afterEach(() => {
    stderr.mockClear();
    stdout.mockClear();
  });

  it("exits 0 and prints Markdown for identical models", async () => {
    expect(await runDiffCommand([lambda, lambda])).toBe(0);
    expect(String(stdout.mock.calls[0]?.[0])).toContain("No differences.");
  });

  it("exits 1 on drift and writes the JSON and Markdown reports", async () => {
    const json = join(dir, "diff.json");
    const markdown = join(dir, "diff.md");
    expect(await runDiffCommand([lambda, drifted, "--json", json, "--markdown", markdown])).toBe(1);
    expect(JSON.parse(readFileSync(json, "utf8")).changes).toHaveLength(EXPECTED_DRIFT.length);
    expect(readFileSync(markdown, "utf8")).toContain("## CreateAlias");
    expect(stdout).not.toHaveBeenCalled();
  });

  it.each([
    ["one model", [lambda], /expected two model files, got 1/],
    ["a missing model", [lambda, join(dir, "absent.json")], /cannot read model .*absent\.json/],
    ["an unknown flag", [lambda, lambda, "--html", "x"], /Unknown option '--html'.*usage:/],
  ])("exits 2 with a clear message on %s", async (_, argv, message) => {
    expect(await runDiffCommand(argv)).toBe(2);
    const messages = stderr.mock.calls.map((call) => String(call[0])).join("\n");
    expect(messages).toMatch(message);
    expect(messages).not.toMatch(/\n\s+at /);
  });
});
