/** How far a target's valid requests get: answered 2xx, per case and per operation. */
import type { CaseRecord } from "../caseRecord.ts";

export interface Reach {
  /** Valid cases sent, and how many of them the target answered 2xx. */
  readonly validSent: number;
  readonly valid2xx: number;
  /** Operations with a valid case, and how many of them had a valid case answered 2xx. */
  readonly operations: number;
  readonly operations2xx: number;
}

/** The reach of one run's cases (shrunk replays are not requests a client chose, so not counted). */
export async function reachOf(cases: AsyncIterable<CaseRecord>): Promise<Reach> {
  let validSent = 0;
  let valid2xx = 0;
  const sent = new Set<string>();
  const reached = new Set<string>();
  for await (const c of cases) {
    if (c.phase !== "valid" || c.shrunkFrom !== undefined) continue;
    validSent++;
    sent.add(c.operation);
    if (c.response.status >= 200 && c.response.status < 300) {
      valid2xx++;
      reached.add(c.operation);
    }
  }
  return { validSent, valid2xx, operations: sent.size, operations2xx: reached.size };
}
