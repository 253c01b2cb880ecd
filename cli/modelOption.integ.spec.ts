/** `--model` reaches every place that names the model: the hash in results.json, the replay line, the SigV4 scope. */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCases, readResults } from "../reports/readResults.ts";
import { runCli } from "../testkit/reliability/runCli.ts";

const WEATHER = "specs/fixtures/weather.json";

describe("run --model with the team-written weather model", () => {
  const scopes: { path: string; scope: string }[] = [];
  let server: Server;
  let out: string;

  beforeAll(async () => {
    // Answers every request with a 404, and notes the credential scope it was signed for.
    server = createServer((req, res) => {
      const scope =
        /Credential=[^/]+\/\d+\/[^/]+\/([^/]+)\//.exec(req.headers.authorization ?? "")?.[1] ?? "";
      scopes.push({ path: req.url ?? "", scope });
      req.resume();
      req.on("end", () => {
        res.writeHead(404, { "content-type": "application/json", "x-amzn-errortype": "NotFound" });
        res.end('{"message":"no"}');
      });
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    out = mkdtempSync(join(tmpdir(), "lc-model-"));
  });
  afterAll(() => {
    server.close();
    rmSync(out, { recursive: true, force: true });
  });

  it("hashes that file, replays with --model and signs raw requests with its signing name", async () => {
    const port = (server.address() as AddressInfo).port;
    const result = await runCli(
      [
        "run",
        ...["--target", "endpoint", "--endpoint", `http://127.0.0.1:${port}`],
        ...["--model", WEATHER, "--ops", "GetForecast", "--phases", "valid", "--runs", "2"],
        ...["--transport", "raw", "--seed", "5", "--fail-on", "none", "--out", out],
      ],
      { deadlineMs: 120_000 },
    ).done;
    expect(result.code, result.stderr).toBe(0);

    const { meta } = await readResults(join(out, "results.json"));
    expect(meta.modelHash).toBe(createHash("sha256").update(readFileSync(WEATHER)).digest("hex"));
    for await (const c of readCases(join(out, "results.json")))
      expect(c.replay).toContain(`--model ${WEATHER} `);

    const forecasts = scopes.filter((s) => s.path.startsWith("/cities/"));
    expect(forecasts.length).toBeGreaterThan(0);
    expect(new Set(forecasts.map((s) => s.scope))).toEqual(new Set(["weather"]));
  });
});
