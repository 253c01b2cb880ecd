/** Builders for reporter test fixtures: a RunMeta, one CaseResult as the engine emits it, and planted fake credentials. */

import type { CaseResult, Verdict } from "../../core/caseResult.ts";
import type { Phase, Violation } from "../../core/requestCase.ts";
import type { RunMeta } from "../../reports/reporter.ts";

/** Recognisable fake credentials (AWS documentation style) that must never reach a report file. */
export const FAKE = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  tempKeyId: "ASIAEXAMPLE7TEMPKEY1",
  secretKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  sessionToken: "FwoGZXIvYXdzEXAMPLESESSIONTOKENvalue",
  signature: "f0e4c2f76c58916ec258f246851bea091d14d4247a2fc3e18694461b1816e13b",
} as const;

const ENDPOINT = "http://127.0.0.1:5123";

const SIGNED_HEADERS = {
  "content-type": "application/json",
  "x-amz-date": "20261125T145000Z",
  authorization: `AWS4-HMAC-SHA256 Credential=${FAKE.accessKeyId}/20261125/us-east-1/lambda/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=${FAKE.signature}`,
  "x-amz-security-token": FAKE.sessionToken,
};

/** The RunMeta of the sample run. */
export function sampleMeta(overrides: Partial<RunMeta> = {}): RunMeta {
  return {
    runId: "run-0001",
    seed: 42,
    target: { name: "moto", endpoint: ENDPOINT, version: "5.0.28" },
    suiteVersion: "0.1.0",
    modelHash: "9f2c1e7a0b3d4c5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6",
    startedAt: "2026-11-25T14:50:00.000Z",
    region: "us-east-1",
    options: { ops: "all", phases: "valid,invalid", runs: 20, profileKey: FAKE.accessKeyId },
    ...overrides,
  };
}

interface CaseSpec {
  op: string;
  method: string;
  uri: string;
  phase: Phase;
  path: number;
  status: number;
  verdicts: Verdict[];
  body?: string;
  responseBody?: string;
  violation?: Violation;
  shrunkFrom?: string;
}

/** One CaseResult as the engine would emit it (headers deliberately left unredacted). */
export function caseResult(s: CaseSpec): CaseResult & { shrunkFrom?: string } {
  const input = s.body ? JSON.parse(s.body) : {};
  return {
    id: `${s.op}/${s.phase}/${s.path}`,
    case: {
      operation: s.op,
      phase: s.phase,
      input,
      seed: 42,
      path: String(s.path),
      ...(s.violation ? { violation: s.violation } : {}),
    },
    request: {
      transport: "raw",
      method: s.method,
      url: `${ENDPOINT}${s.uri}`,
      headers: { ...SIGNED_HEADERS },
      ...(s.body ? { body: s.body } : {}),
    },
    response: {
      status: s.status,
      headers: { "content-type": "application/json" },
      body: s.responseBody ?? "{}",
      truncated: false,
      durationMs: 12,
    },
    verdicts: s.verdicts,
    replay: `npx lambda-conformance run --ops ${s.op} --phases ${s.phase} --seed 42 --runs 20 --replay ${s.path}`,
    ...(s.shrunkFrom ? { shrunkFrom: s.shrunkFrom } : {}),
  };
}
