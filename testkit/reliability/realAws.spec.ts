/**
 * Without --allow-real-aws no request leaves the machine: the CLI refuses AWS and any other non-loopback
 * endpoint before sending anything. A preloaded guard (loopbackOnly.cjs) would report any connection.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.ts";

const GUARD = fileURLToPath(new URL("./loopbackOnly.cjs", import.meta.url));

/** The environment of a developer machine with AWS configured, minus any emulator endpoint. */
function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { AWS_ENDPOINT_URL: _a, AWS_ENDPOINT_URL_LAMBDA: _b, ...rest } = process.env;
  return {
    ...rest,
    AWS_ACCESS_KEY_ID: "AKIAFAKEFAKEFAKE1234",
    AWS_SECRET_ACCESS_KEY: "fakeSecretKeyFAKEFAKEfakeSecretKeyFAKE1234",
    AWS_REGION: "us-east-1",
    NODE_OPTIONS: `${rest.NODE_OPTIONS ?? ""} --require ${GUARD}`,
    ...extra,
  };
}

const CASES: [string, string[], NodeJS.ProcessEnv, RegExp][] = [
  ["no endpoint at all", ["--target", "endpoint"], {}, /pass --allow-real-aws to allow it/],
  [
    "an AWS endpoint",
    ["--endpoint", "https://lambda.us-east-1.amazonaws.com"],
    {},
    /refusing real AWS endpoint/,
  ],
  [
    "AWS_ENDPOINT_URL at AWS",
    [],
    { AWS_ENDPOINT_URL: "https://lambda.eu-west-1.amazonaws.com" },
    /refusing real AWS endpoint/,
  ],
  ["a non-loopback host", ["--endpoint", "http://10.255.255.1:4566"], {}, /refusing non-loopback endpoint/],
];

describe("safety with real AWS", () => {
  it.concurrent.each(CASES)(
    "refuses %s, exits 2, and connects nowhere",
    async (_name, args, extra, message) => {
      const result = await runCli(["run", ...args, "--ops", "ListFunctions", "--runs", "1"], {
        env: env(extra),
        deadlineMs: 30_000,
      }).done;
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain("LOOPBACK-GUARD: on");
      expect(result.stderr).not.toContain("LOOPBACK-GUARD: refused");
    },
  );
});
