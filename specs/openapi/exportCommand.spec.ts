import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runExportCommand } from "./exportCommand.ts";

const weather = new URL("../fixtures/weather.json", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "export-openapi-"));

describe("runExportCommand", () => {
  const stderr = vi.spyOn(console, "error").mockImplementation(() => {});
  afterEach(() => stderr.mockClear());
  const messages = () => stderr.mock.calls.map((call) => String(call[0])).join("\n");

  it("writes the document for --model to --out and exits 0", async () => {
    const out = join(dir, "weather.openapi.json");
    expect(await runExportCommand(["openapi", "--model", weather, "--out", out])).toBe(0);
    const document = JSON.parse(readFileSync(out, "utf8"));
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.title).toBe("Weather");
  });

  it.each([
    [
      "a missing model file",
      ["openapi", "--model", join(dir, "absent.json")],
      /cannot read model .*absent\.json/,
    ],
    ["a model that is not JSON", ["openapi", "--model", "BAD_JSON"], /is not JSON/],
    [
      "a JSON file that is no model",
      ["openapi", "--model", "NO_SERVICE"],
      /not a valid Smithy restJson1 model/,
    ],
    ["an unknown flag", ["openapi", "--format", "yaml"], /Unknown option '--format'.*usage:/],
    ["an unknown export format", ["swagger"], /unknown export format "swagger"/],
  ])("exits 2 with a clear message on %s", async (_, argv, message) => {
    writeFileSync(join(dir, "bad.json"), "{ not json");
    writeFileSync(join(dir, "empty.json"), JSON.stringify({ smithy: "2.0", shapes: {} }));
    const args = argv.map((arg) =>
      arg === "BAD_JSON" ? join(dir, "bad.json") : arg === "NO_SERVICE" ? join(dir, "empty.json") : arg,
    );
    expect(await runExportCommand(args)).toBe(2);
    expect(messages()).toMatch(message);
    expect(messages()).not.toMatch(/\n\s+at /);
  });
});
