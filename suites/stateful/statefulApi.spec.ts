import { describe, expect, it } from "vitest";
import type { CaseResult } from "../../core/caseResult.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { DEFAULT_MODEL_FILE } from "../../specs/model/defaultModel.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import type { Transports } from "../engine/sendCase.ts";
import { createStatefulApi } from "./statefulApi.ts";

const service = loadModelFile(DEFAULT_MODEL_FILE);

function answer(status: number, body: string): TransportResponse {
  return {
    status,
    headers: { "content-type": "application/json" },
    body,
    truncated: false,
    durationMs: 1,
    request: {
      method: "GET",
      url: "http://127.0.0.1/x",
      headers: { authorization: "AWS4-HMAC-SHA256 secret" },
    },
  };
}

describe("stateful exchange", () => {
  it("goes through the engine's exchange: throttles retried, the request recorded redacted", async () => {
    const replies = [answer(429, '{"message":"slow down"}'), answer(200, '{"Functions":[]}')];
    const transports = {
      raw: { send: async () => replies.shift() ?? answer(500, "{}"), close: () => {} },
      sdk: {},
    } as unknown as Transports;
    const recorded: CaseResult[] = [];
    const api = createStatefulApi(
      {
        service,
        transports,
        checks: [],
        seed: 1,
        runs: 1,
        disabled: new Set(),
        record: (result) => void recorded.push(result),
      },
      0,
    );
    const outcome = await api.send({ operation: "ListFunctions", input: {}, expect: { status: 200 } });
    expect(outcome?.status).toBe(200);
    expect(recorded[0]?.throttled).toEqual({ retries: 1, persisted: false });
    expect(recorded[0]?.request.headers.authorization).toBe("<redacted>");
  });
});
