/** The command line that regenerates and resends one case. */
import type { RequestCase } from "../../core/requestCase.ts";

export function replayLine(c: RequestCase, runSeed: number, runs: number): string {
  return `npx lambda-conformance run --ops ${c.operation} --phases ${c.phase} --seed ${runSeed} --runs ${runs} --replay ${c.path ?? "0"}`;
}
