/** A stored case read back is the case the reporters saw: `merge` groups shards' cases by what it keeps. */
import { describe, expect, it } from "vitest";
import type { CaseResult } from "../core/caseResult.ts";
import { sampleCases } from "../testkit/reportFixtures/sampleRun.ts";
import { fromCaseRecord, toCaseRecord } from "./caseRecord.ts";
import { violationKindOf } from "./findingAccumulator.ts";

describe("caseRecord", () => {
  it("keeps a protocol probe, so a merged service-wide failure groups as in the run", () => {
    const [first] = sampleCases();
    if (!first) throw new Error("no sample case");
    const probed: CaseResult = {
      ...first,
      case: {
        ...first.case,
        phase: "protocol",
        probe: { kind: "unsigned", breaks: "no Authorization header", expects: "403", scope: "service" },
      },
    };
    const back = fromCaseRecord(JSON.parse(JSON.stringify(toCaseRecord(probed))));
    expect(back.case.probe).toEqual(probed.case.probe);
    expect(violationKindOf(back)).toBe("unsigned");
  });

  it("keeps a stateful exchange's command sequence, so a merged run picks and shows the same example", () => {
    const [first] = sampleCases();
    if (!first) throw new Error("no sample case");
    const sequenced: CaseResult = { ...first, sequence: [first.request, first.request] };
    const back = fromCaseRecord(JSON.parse(JSON.stringify(toCaseRecord(sequenced))));
    expect(back.sequence).toHaveLength(2);
  });
});
