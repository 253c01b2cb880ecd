import type { LambdaClient } from "@aws-sdk/client-lambda";
import { describe, expect, it } from "vitest";
import type { RequestCase, Violation } from "../../core/requestCase.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import type { FixtureSet } from "../resources/fixtureSet.ts";
import { casePreparer, PREPARATION_READS, PREPARATIONS } from "./prepareCase.ts";

/** A client that records the commands sent; `refuse` makes the named commands fail with that status. */
function recordingClient(refuse: Record<string, number> = {}) {
  const sent: string[] = [];
  const lambda = {
    send: async (command: { constructor: { name: string } }) => {
      const name = command.constructor.name;
      sent.push(name);
      const status = refuse[name];
      if (status) throw Object.assign(new Error(name), { $metadata: { httpStatusCode: status } });
      if (name === "CreateEventSourceMappingCommand") return { UUID: `fresh-${sent.length}` };
      if (name === "ListEventSourceMappingsCommand") return { EventSourceMappings: [] };
      if (name === "PublishLayerVersionCommand") return { Version: sent.length };
      return {};
    },
  } as unknown as LambdaClient;
  return { lambda, sent };
}

const own = { functionName: "lc-x-o1", version: "1", layerName: "lc-x-l1", layerVersion: 1 };
const fixtures = (operation: string): FixtureSet => ({
  runId: "x",
  prefix: "lc-x",
  roleArn: "arn:aws:iam::000000000000:role/lc-x-role",
  queueArn: "arn:aws:sqs:us-east-1:000000000000:lc-x-q",
  own: { [operation]: own },
  skipped: [],
});
const VIOLATION: Violation = { path: "/BatchSize", kind: "aboveRange", constraint: "range", rawOnly: false };
const aCase = (operation: string, input: Record<string, unknown>, violation?: Violation): RequestCase => ({
  operation,
  phase: violation ? "invalid" : "valid",
  input,
  seed: 1,
  ...(violation ? { violation } : {}),
});
const answer = (status: number, body = ""): TransportResponse => ({
  status,
  headers: {},
  body,
  truncated: false,
  durationMs: 1,
});

/** Prepares each case and settles it with its status; returns the set-up commands sent before each. */
async function setUps(
  operation: string,
  steps: readonly { input?: Record<string, unknown>; violation?: Violation; status: number; body?: string }[],
  refuse: Record<string, number> = {},
): Promise<{ setUps: string[][]; inputs: Record<string, unknown>[] }> {
  const { lambda, sent } = recordingClient(refuse);
  const preparer = casePreparer(lambda, fixtures(operation));
  const out = { setUps: [] as string[][], inputs: [] as Record<string, unknown>[] };
  for (const step of steps) {
    const before = sent.length;
    const c = await preparer.prepare(aCase(operation, step.input ?? { UUID: "generated" }, step.violation));
    out.setUps.push(sent.slice(before));
    out.inputs.push({ ...c.input });
    preparer.settle(c, answer(step.status, step.body));
  }
  return out;
}

describe("standing preparations", () => {
  it("sets a deleted resource up once while the target refuses the cases, again after one it carried out", async () => {
    const { setUps: s, inputs } = await setUps("DeleteEventSourceMapping", [
      { status: 400 },
      { status: 404 },
      { status: 204 },
      { status: 400 },
    ]);
    expect(s.map((x) => x.length > 0)).toEqual([true, false, false, true]);
    // The standing mapping's id goes into the cases that find it standing.
    expect(inputs[1]?.UUID).toBe(inputs[0]?.UUID);
    expect(inputs[3]?.UUID).not.toBe(inputs[0]?.UUID);
  });

  it("sets it up again after a 5xx or no answer: what the target did is unknown", async () => {
    for (const status of [500, 0]) {
      const { setUps: s } = await setUps("DeleteEventSourceMapping", [{ status }, { status: 400 }]);
      expect(s.map((x) => x.length > 0)).toEqual([true, true]);
    }
  });

  it("resets an update after any case the target carried out, valid or not, and only then", async () => {
    const { setUps: s } = await setUps("UpdateFunctionConfiguration", [
      { status: 400, violation: VIOLATION },
      { status: 200 },
      { status: 200, violation: VIOLATION },
      { status: 400, violation: VIOLATION },
      { status: 400 },
    ]);
    expect(s.map((x) => x.length > 0)).toEqual([true, false, true, true, false]);
  });

  it("keeps a create's free name per name the case creates, and frees it again after a creation", async () => {
    const { setUps: s } = await setUps("CreateFunction", [
      { input: { FunctionName: "lc-x-c1" }, status: 400 },
      { input: { FunctionName: "lc-x-c1" }, status: 400 },
      { input: { FunctionName: "lc-x-c2" }, status: 400 },
      { input: { FunctionName: "lc-x-c1" }, status: 201 },
      { input: { FunctionName: "lc-x-c2" }, status: 400 },
    ]);
    expect(s.map((x) => x.length > 0)).toEqual([true, false, true, false, true]);
  });

  it("deletes a created function at once when its creation answered a settled state, else reads its state first", async () => {
    const name = { FunctionName: "lc-x-c1" };
    const { setUps: s } = await setUps("CreateFunction", [
      { input: name, status: 201, body: '{"State":"Active"}' },
      { input: name, status: 201, body: '{"State":"Pending"}' },
      { input: name, status: 500 },
      { input: name, status: 400 },
    ]);
    expect(s).toEqual([
      ["GetFunctionConfigurationCommand", "DeleteFunctionCommand"],
      ["DeleteFunctionCommand"],
      ["GetFunctionConfigurationCommand", "DeleteFunctionCommand"],
      ["GetFunctionConfigurationCommand", "DeleteFunctionCommand"],
    ]);
  });

  // A set-up that failed runs again (only one that ran to the end stands); a 409 to re-adding what is
  // still there counts as done.
  it.each([
    { refusal: 500, second: ["AddPermissionCommand"] },
    { refusal: 409, second: [] },
  ])("after a set-up answered $refusal, the next refused case gets $second", async ({ refusal, second }) => {
    const refused = { input: {}, status: 400 };
    const { setUps: s } = await setUps("RemovePermission", [refused, refused], {
      AddPermissionCommand: refusal,
    });
    expect(s).toEqual([["AddPermissionCommand"], second]);
  });
});

describe("PREPARATION_READS", () => {
  it("lists exactly the input members each preparation reads", async () => {
    for (const [operation, prepare] of Object.entries(PREPARATIONS)) {
      const read = new Set<string>();
      const input = new Proxy({} as Record<string, unknown>, {
        get(_t, member) {
          if (typeof member === "string") read.add(member);
          return typeof member === "string" ? `v-${member}` : undefined;
        },
      });
      const { lambda } = recordingClient();
      await prepare(lambda, own, input, {
        prefix: "lc-x",
        roleArn: "arn:aws:iam::000000000000:role/r",
        queueArn: "arn:aws:sqs:us-east-1:000000000000:q",
        tags: {},
      }).catch(() => undefined);
      expect([...read].sort(), operation).toEqual([...(PREPARATION_READS[operation] ?? [])].sort());
    }
  });
});
