import { describe, expect, it } from "vitest";
import { parseRunArgs, type RunArgs, UsageError } from "./runArgs.ts";

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
    [["--shard", "4/3"], /--shard must be i\/n with 1 ≤ i ≤ n/],
    [
      ["--shard", "1/3", "--ops", "GetFunction", "--phases", "valid", "--replay", "0"],
      /--shard and --replay/,
    ],
    [["--max-time", "0"], /--max-time must be an integer ≥ 1/],
    [["--max-time", "9999999"], /--max-time must be at most 2147483 seconds/],
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
    expect((parseRunArgs([], {}) as RunArgs).account).toBeUndefined();
  });

  it("reads --shard and --max-time", () => {
    expect(parseRunArgs(["--shard", "2/3", "--max-time", "600"], {})).toMatchObject({
      shard: { index: 2, count: 3 },
      maxTimeS: 600,
    });
  });

  it("asks for help", () => {
    expect(parseRunArgs(["--help"], {})).toEqual({ help: true });
  });
});
