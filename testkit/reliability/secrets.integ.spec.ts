/**
 * No credential reaches any output: the CLI runs with recognisable fake credentials in its environment,
 * against moto behind a proxy that echoes the signed request headers back; every file under --out and
 * everything printed is searched for them and for every Authorization value the suite sent.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startMoto } from "../../suites/targets/motoTarget.ts";
import { MOTO_VENV, venvBin } from "../../suites/targets/venv.ts";
import { cliAgainst } from "./cliAgainst.ts";
import { startFaultProxy } from "./faultProxy.ts";
import { faultable } from "./soak.ts";

const installed = venvBin(MOTO_VENV, "moto_server") !== undefined;

const FAKE = {
  AWS_ACCESS_KEY_ID: "AKIAFAKEFAKEFAKE1234",
  AWS_SECRET_ACCESS_KEY: "fakeSecretKeyFAKEFAKEfakeSecretKeyFAKE1234",
  AWS_SESSION_TOKEN: "FAKEsessionTOKENfakeSESSIONtokenFAKE1234",
};

describe.skipIf(!installed)("secrets in outputs", () => {
  it("no fake credential, signature or Authorization value appears in any report, log or curl line", async () => {
    const moto = await startMoto();
    const proxy = await startFaultProxy({
      target: moto.endpoint,
      faultRate: 0.6,
      seed: 4,
      kinds: ["echoRequestHeaders", "nonJson", "throttle429"],
      eligible: faultable,
    });
    try {
      const { run, out } = await cliAgainst(proxy.endpoint, {
        runs: 20,
        deadlineMs: 60_000,
        extra: ["--no-shrink"],
        env: { ...process.env, ...FAKE, AWS_REGION: "us-east-1" },
      });
      const result = await run.done;
      expect(result.code, result.stderr).toBe(0);
      expect(proxy.counts().faults.echoRequestHeaders).toBeGreaterThan(0);

      const signed = proxy.authorizations();
      expect(signed.length).toBeGreaterThan(0);
      const signatures = signed.map((a) => /Signature=([0-9a-f]{64})/.exec(a)?.[1] ?? a);
      const outputs: [string, string][] = [
        ["stdout", result.stdout],
        ["stderr", result.stderr],
        ...(await Promise.all(
          (
            await readdir(out)
          ).map(async (f): Promise<[string, string]> => [f, await readFile(join(out, f), "utf8")]),
        )),
      ];
      expect(outputs.map(([name]) => name)).toEqual(
        expect.arrayContaining(["results.json", "report.md", "report.html", "junit.xml"]),
      );
      for (const [name, text] of outputs) {
        for (const secret of [...Object.values(FAKE), ...signed, ...signatures])
          expect(text.includes(secret), `${name} leaks ${secret}`).toBe(false);
        expect(text, name).not.toMatch(/Credential=(?!<redacted>|&lt;redacted&gt;|%3Credacted%3E)/);
        expect(text, name).not.toMatch(/Signature=[0-9a-f]{64}/i);
      }
      // The echoed requests did make it into the reports, redacted: the test looked where secrets would be.
      const results = outputs.find(([n]) => n === "results.json")?.[1] ?? "";
      expect(results).toContain("x-echo-authorization");
    } finally {
      await proxy.close();
      await moto.stop();
    }
  }, 90_000);
});

if (!installed) it.skip("moto is not installed in .venv: run npm run setup:emulators", () => {});
