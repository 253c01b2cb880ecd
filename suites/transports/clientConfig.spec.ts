import { describe, expect, it } from "vitest";
import { EMULATOR_CREDENTIALS, resolveClientConfig } from "./clientConfig.ts";

describe("resolveClientConfig", () => {
  it("prefers the option, then AWS_ENDPOINT_URL_LAMBDA, then AWS_ENDPOINT_URL", () => {
    const env = { AWS_ENDPOINT_URL_LAMBDA: "http://127.0.0.1:2", AWS_ENDPOINT_URL: "http://127.0.0.1:3" };
    expect(resolveClientConfig({ endpoint: "http://127.0.0.1:1" }, env).endpoint).toBe("http://127.0.0.1:1");
    expect(resolveClientConfig({}, env).endpoint).toBe("http://127.0.0.1:2");
    expect(resolveClientConfig({}, { AWS_ENDPOINT_URL: "http://127.0.0.1:3" }).endpoint).toBe(
      "http://127.0.0.1:3",
    );
  });

  it("takes the region from the option, AWS_REGION, AWS_DEFAULT_REGION, else us-east-1", () => {
    expect(resolveClientConfig({ region: "eu-west-1" }, { AWS_REGION: "x" }).region).toBe("eu-west-1");
    expect(resolveClientConfig({}, { AWS_REGION: "ap-south-1" }).region).toBe("ap-south-1");
    expect(resolveClientConfig({}, { AWS_DEFAULT_REGION: "sa-east-1" }).region).toBe("sa-east-1");
    expect(resolveClientConfig({}, {}).region).toBe("us-east-1");
  });

  it("gives emulators dummy credentials and leaves real endpoints to the default chain", () => {
    expect(resolveClientConfig({ endpoint: "http://localhost:4566" }, {}).credentials).toEqual(
      EMULATOR_CREDENTIALS,
    );
    expect(resolveClientConfig({}, {}).credentials).toBeUndefined();
    expect(
      resolveClientConfig({ endpoint: "https://lambda.us-east-1.amazonaws.com" }, {}).credentials,
    ).toBeUndefined();
  });
});
