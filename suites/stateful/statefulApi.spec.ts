import { describe, expect, it } from "vitest";
import type { CaseResult } from "../../core/caseResult.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { DEFAULT_MODEL_FILE } from "../../specs/model/defaultModel.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { statefulModel } from "../checks/statefulModel.ts";
import type { Transports } from "../engine/sendCase.ts";
import { createStatefulApi, DivergenceError } from "./statefulApi.ts";

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

  describe("the statefulModel verdict comes from the registered check", () => {
    const notFound = answer(404, '{"message":"gone"}');
    const transports = {
      raw: {
        send: async () => ({
          ...notFound,
          headers: { ...notFound.headers, "x-amzn-errortype": "ResourceNotFoundException" },
        }),
        close: () => {},
      },
      sdk: {},
    } as unknown as Transports;
    const step = { operation: "ListFunctions", input: {}, expect: { status: 200 } };
    async function send(checks: readonly (typeof statefulModel)[], failOn?: string) {
      const seen: { result: CaseResult; divergence: string | undefined }[] = [];
      const api = createStatefulApi(
        {
          service,
          transports,
          checks,
          seed: 1,
          runs: 1,
          disabled: new Set(),
          record: (result, divergence) => void seen.push({ result, divergence }),
          ...(failOn ? { failOn } : {}),
        },
        0,
      );
      await api.send(step);
      return seen[0];
    }

    it("selected: a diverging answer fails it and keys the divergence by operation and signature", async () => {
      const seen = await send([statefulModel]);
      expect(seen?.result.verdicts).toEqual([
        {
          check: "statefulModel",
          status: "fail",
          reason: "model expects 200, target answered 404 ResourceNotFoundException",
          signature: "status 200→404 ResourceNotFoundException",
        },
      ]);
      expect(seen?.divergence).toBe("ListFunctions|status 200→404 ResourceNotFoundException");
      await expect(send([statefulModel], seen?.divergence)).rejects.toThrow(DivergenceError);
    });

    it("left out (--checks without it): no verdict, no divergence", async () => {
      const seen = await send([]);
      expect(seen?.result.verdicts).toEqual([]);
      expect(seen?.divergence).toBeUndefined();
    });
  });
});
