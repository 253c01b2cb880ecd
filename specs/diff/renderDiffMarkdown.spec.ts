import { describe, expect, it } from "vitest";
import type { ModelDiff } from "./ModelDiff.ts";
import { renderDiffMarkdown } from "./renderDiffMarkdown.ts";

const services = { a: { service: "ex#S", version: "1" }, b: { service: "ex#S", version: "2" } };

describe("renderDiffMarkdown", () => {
  it("says so when there is no difference", () => {
    expect(renderDiffMarkdown({ ...services, changes: [] })).toBe(
      "# Model diff: ex#S (1) → ex#S (2)\n\nNo differences.\n",
    );
  });

  it("renders one table per operation with witnesses, enum detail and table-safe patterns", () => {
    const diff: ModelDiff = {
      ...services,
      changes: [
        { kind: "errorAdded", operation: "*", path: "errors.Throttled", b: 429 },
        {
          kind: "patternChanged",
          operation: "GetThing",
          path: "input.Id",
          a: "a|b",
          b: "a",
          witness: { value: "b", acceptedBy: "a" },
        },
        {
          kind: "enumChanged",
          operation: "GetThing",
          path: "output.Mode",
          a: ["X"],
          b: ["Y"],
          added: ["Y"],
          removed: ["X"],
          alsoIn: ["ListThings"],
        },
      ],
    };
    expect(renderDiffMarkdown(diff)).toBe(
      [
        "# Model diff: ex#S (1) → ex#S (2)",
        "",
        "3 changes: 1 operation, service-wide errors.",
        "",
        "## What changed from A to B",
        "",
        "- **0 operations added**, 0 removed",
        "- **0 members added** to inputs and outputs, 0 removed (and 0 members of error shapes added)",
        "- **1 enum lists changed**",
        "- **0 constraints loosened** (length, range, pattern, required)",
        "- **1 constraints tightened** (length, range, pattern, required)",
        "- **0 constraints changed both ways** (length, range, pattern, required)",
        "- 0 constraints restated with the same effect (anchors `^…$`, a lower length bound of 0, a pattern with no distinguishing string found)",
        "- 1 type, binding, HTTP and error-list changes (in the tables below)",
        "",
        "### Enum values",
        "",
        "| operation | member | added | removed |",
        "|---|---|---|---|",
        "| GetThing | `output.Mode` | `Y` | `X` |",
        "",
        "### Constraints tightened",
        "",
        "| operation | member | constraint | A | B |",
        "|---|---|---|---|---|",
        "| GetThing | `input.Id` | pattern | `a\\|b` | `a` |",
        "",
        "## Every change",
        "",
        "### Service (common errors)",
        "",
        "| change | member | A | B | witness / detail |",
        "|---|---|---|---|---|",
        "| errorAdded | `errors.Throttled` |  | `429` |  |",
        "",
        "### GetThing",
        "",
        "| change | member | A | B | witness / detail |",
        "|---|---|---|---|---|",
        '| patternChanged | `input.Id` | `a\\|b` | `a` | `"b"` accepted by A only |',
        "| enumChanged | `output.Mode` | 1 value | 1 value | added `Y`; removed `X`; also in ListThings |",
        "",
      ].join("\n"),
    );
  });
});
