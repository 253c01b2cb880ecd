/**
 * Every check against a fake Lambda (nock behind the real raw transport, no network): a conformant endpoint
 * fails no check, and an endpoint with exactly one defect fails exactly the check for that defect.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { RequestCase } from "../../core/requestCase.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { CHECKS } from "../../suites/checks/registry.ts";
import { createRawTransport } from "../../suites/transports/rawTransport.ts";
import { CASES } from "./cases.ts";
import { PROTOCOL_CONFORMANT, PROTOCOL_DEFECTIVE } from "./protocolScenarios.ts";
import { type FakeReply, html } from "./replies.ts";
import { checksWith, runAllChecks } from "./runAllChecks.ts";
import { CONFORMANT, DEFECTIVE } from "./scenarios.ts";
import { toRawRequest } from "./toRawRequest.ts";

const ENDPOINT = "http://127.0.0.1:4598";
const service = loadModelFile("specs/lambda/model.json");

describe("checks against a fake Lambda endpoint", () => {
  const transport = createRawTransport({
    endpoint: ENDPOINT,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDSELFTEST", secretAccessKey: "selftest" },
  });
  const passed = new Set<string>();

  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());
  afterAll(() => {
    transport.close();
    nock.enableNetConnect();
  });

  /** Sends the case through the raw transport to a nock endpoint answering `reply` at the operation's route. */
  async function exchange(c: RequestCase, reply: FakeReply): Promise<TransportResponse> {
    const operation = service.operations.get(c.operation);
    if (!operation) throw new Error(`no operation ${c.operation}`);
    const request = toRawRequest(operation, c);
    let seen = "";
    nock(ENDPOINT)
      .intercept(() => true, operation.method)
      .query(true)
      .reply(function () {
        seen = this.req.path;
        return [reply.status, reply.body ?? "", reply.headers ?? {}];
      });
    const response = await transport.send(request);
    expect(seen.split("?")[0]).toBe(request.path);
    return response;
  }

  describe.each([
    ["conformant", [...CONFORMANT, ...PROTOCOL_CONFORMANT]],
    ["defective", [...DEFECTIVE, ...PROTOCOL_DEFECTIVE]],
  ] as const)("%s", (_kind, scenarios) => {
    it.each(scenarios.map((s) => [s.title, s] as const))("%s", async (_title, scenario) => {
      const response = await exchange(scenario.case, scenario.reply);
      expect(response.error).toBeUndefined();
      const verdicts = runAllChecks(service, scenario.case, response, scenario.prediction);
      expect({ fails: checksWith(verdicts, "fail"), verdicts }).toMatchObject({
        fails: [...scenario.fails].sort(),
      });
      const failing = scenario.fails[0];
      if (scenario.because && failing) expect(verdicts[failing]?.reason).toMatch(scenario.because);
      expect(checksWith(verdicts, "warn")).toEqual([...(scenario.warns ?? [])].sort());
      if (scenario.fails.length === 0) for (const name of checksWith(verdicts, "pass")) passed.add(name);
    });
  });

  it("every check passes on some conformant exchange", () => {
    expect([...passed].sort()).toEqual(CHECKS.map((c) => c.name).sort());
  });

  it("a fail of unimplementedOperation is prefixed and every other check stands down", async () => {
    const response = await exchange(CASES.createAlias, html(404, "404 Not Found"));
    const verdicts = runAllChecks(service, CASES.createAlias, response);
    expect(verdicts.unimplementedOperation?.reason).toMatch(/^unimplemented: CreateAlias/);
    expect(checksWith(verdicts, "notApplicable")).toEqual(
      CHECKS.map((c) => c.name)
        .filter((n) => n !== "unimplementedOperation")
        .sort(),
    );
  });

  it("no response (connection error) makes every check notApplicable", async () => {
    // Nothing mocked and the net disabled: nock refuses the connection, as a stopped target would.
    const operation = service.operations.get("GetFunction");
    if (!operation) throw new Error("no GetFunction");
    const response = await transport.send(toRawRequest(operation, CASES.getFunction));
    expect(response.status).toBe(0);
    const verdicts = runAllChecks(service, CASES.getFunction, response);
    expect(checksWith(verdicts, "notApplicable")).toEqual(CHECKS.map((c) => c.name).sort());
  });
});
