import { describe, expect, it } from "vitest";
import { setupNeeds } from "./setupNeeds.ts";

const get = (url: string, body?: string) => ({
  transport: "raw" as const,
  method: "GET",
  url,
  headers: {},
  ...(body ? { body } : {}),
});

describe("setupNeeds", () => {
  it("names the run's fixtures a request names, however encoded, once each", () => {
    const lines = setupNeeds([
      get(
        "http://127.0.0.1:4000/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Alc-37d28882-fn/aliases",
      ),
      get(
        "http://127.0.0.1:4000/2018-10-31/layers/lc-37d28882-l3/versions/1",
        '{"Role":"arn:aws:iam::1:role/lc-37d28882-role"}',
      ),
      get("http://127.0.0.1:4000/2015-03-31/functions/lc-37d28882-fn/policy"),
    ]);
    expect(lines).toEqual([
      expect.stringMatching(/^lc-37d28882-fn: function \(Node\.js zip, version 1, alias live/),
      expect.stringMatching(/^lc-37d28882-l3: layer/),
      expect.stringMatching(/^lc-37d28882-role: IAM role/),
    ]);
  });

  it("names a mapping by its UUID and leaves out names a request creates itself", () => {
    const lines = setupNeeds([
      get("http://h/2015-03-31/event-source-mappings/3fa1985a-b09f-4094-9777-d38db8069663"),
      get("http://h/2015-03-31/functions", '{"FunctionName":"lc-37d28882-c3"}'),
    ]);
    expect(lines).toEqual([
      expect.stringMatching(/^event source mapping 3fa1985a-b09f-4094-9777-d38db8069663:/),
    ]);
  });
});
