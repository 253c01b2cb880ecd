import { describe, expect, it } from "vitest";
import { FAKE } from "../testkit/reportFixtures/sampleRun.ts";
import { createRunMeta, publicEndpoint, sha256File } from "./runMeta.ts";

describe("createRunMeta", () => {
  it("fills suite version and model hash from disk and strips credentials from the endpoint and options", async () => {
    const meta = await createRunMeta({
      seed: 7,
      target: {
        name: "endpoint",
        endpoint: `https://${FAKE.accessKeyId}:secret@lambda.example.test/?X-Amz-Signature=${FAKE.signature}`,
      },
      options: { accessKey: FAKE.accessKeyId, SecretAccessKey: FAKE.secretKey },
      startedAt: "2026-11-25T14:50:00.000Z",
    });
    expect(meta.suiteVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(meta.modelHash).toBe(await sha256File(new URL("../specs/lambda/model.json", import.meta.url)));
    expect(meta.modelHash).toMatch(/^[0-9a-f]{64}$/);
    const text = JSON.stringify(meta);
    for (const secret of [...Object.values(FAKE), "secret@"]) expect(text).not.toContain(secret);
    expect(meta.target.endpoint.startsWith("https://lambda.example.test/")).toBe(true);
  });

  it("leaves a plain endpoint as it was", () => {
    expect(publicEndpoint("http://127.0.0.1:5123")).toBe("http://127.0.0.1:5123");
  });
});
