import { describe, expect, it } from "vitest";
import { parseRunArgs, UsageError } from "./runArgs.ts";

describe("parseRunArgs", () => {
  it("defaults to moto with all ops and phases", () => {
    const a = parseRunArgs(["--seed", "7"], {});
    expect(a).toMatchObject({
      target: "moto",
      runs: 20,
      seed: 7,
      concurrency: 8,
      transport: "auto",
      failOn: "any",
    });
  });

  it("takes the endpoint from AWS_ENDPOINT_URL_LAMBDA before AWS_ENDPOINT_URL", () => {
    const a = parseRunArgs([], {
      AWS_ENDPOINT_URL: "http://127.0.0.1:1",
      AWS_ENDPOINT_URL_LAMBDA: "http://127.0.0.1:2",
    });
    expect(a).toMatchObject({ target: "endpoint", endpoint: "http://127.0.0.1:2" });
  });

  it.each([
    [["--bogus"], /Unknown option '--bogus'/],
    [["--runs", "0"], /--runs must be an integer ≥ 1/],
    [["--transport", "carrier-pigeon"], /--transport must be one of auto, sdk, raw/],
    [["--endpoint", "not a url"], /not a URL/],
    [["--target", "endpoint"], /--allow-real-aws/],
    [["--replay", "3"], /exactly one --ops/],
    [["--account", "owned"], /--account must be one of shared, disposable/],
  ])("rejects %j with a clear message", (argv, message) => {
    expect(() => parseRunArgs(argv, {})).toThrow(UsageError);
    expect(() => parseRunArgs(argv, {})).toThrow(message);
  });

  it("reads the account mode and the safe modes; unset, the mode follows from the target", () => {
    expect(parseRunArgs(["--account", "disposable", "--read-only", "--dry-run"], {})).toMatchObject({
      account: "disposable",
      readOnly: true,
      dryRun: true,
    });
    expect(parseRunArgs([], {})).not.toHaveProperty("account");
  });

  it("asks for help", () => {
    expect(parseRunArgs(["--help"], {})).toEqual({ help: true });
  });
});
