import { describe, expect, it } from "vitest";
import { loadModel } from "../model/loadModel.ts";
import { EXCERPT } from "./__fixtures__/excerpt.ts";
import { extract } from "./extract.ts";

const ns = "com.amazonaws.lambda";

describe("extract on a team-written excerpt", () => {
  const result = extract(EXCERPT);
  const view = loadModel(result.model);

  it("parses both operations and the data type without problems", () => {
    expect(result.problems).toEqual([]);
    expect([...view.operations.keys()].sort()).toEqual(["GetWidget", "PutWidget"]);
    expect(result.counts).toMatchObject({
      operations: 2,
      dataTypes: 1,
      memberHeadings: 9,
      membersEmitted: 9,
    });
  });

  it("reads Korean labels: bindings, lengths, ranges with thousands separators, maps, status", () => {
    const op = view.operations.get("GetWidget");
    expect(op?.method).toBe("GET");
    expect(op?.uri).toBe("/2020-01-01/widgets/{WidgetName}");
    expect(op?.successCode).toBe(200);
    const name = op?.input.members?.get("WidgetName");
    expect(name?.binding).toEqual({ kind: "label" });
    expect(name?.required).toBe(true);
    expect(name?.constraints.length).toEqual({ min: 1, max: 140 });
    expect(op?.input.members?.get("Qualifier")?.binding).toEqual({ kind: "query", name: "Qualifier" });
    const size = op?.output.members?.get("Size");
    expect(size?.target.kind).toBe("integer");
    expect(size?.constraints.range).toEqual({ min: -1, max: 10000 });
    const tags = op?.output.members?.get("Tags");
    expect(tags?.target.kind).toBe("map");
    expect(tags?.target.key?.constraints.pattern).toBe("[a-z]+");
    expect(op?.output.members?.get("Widget")?.target.id).toBe(`${ns}#Widget`);
    expect(op?.errors.map((e) => [e.name, e.error?.status])).toEqual([["ResourceNotFoundException", 404]]);
  });

  it("reads English labels: required, array members, wrapped valid values, 204", () => {
    const op = view.operations.get("PutWidget");
    expect(op?.successCode).toBe(204);
    const colors = op?.input.members?.get("Colors");
    expect(colors?.required).toBe(true);
    expect(colors?.constraints.length).toEqual({ min: 1, max: 3 });
    expect(colors?.target.member?.target.constraints.enum).toEqual(["red", "green", "blue"]);
    expect(op?.input.members?.get("Enabled")?.target.kind).toBe("boolean");
    expect(op?.input.members?.get("WidgetName")?.constraints.length).toEqual({ min: 1, max: 64 });
  });

  it("repairs garbled patterns and lists each repair with evidence", () => {
    const pattern = view.operations.get("GetWidget")?.input.members?.get("WidgetName")?.constraints.pattern;
    expect(pattern).toBe(
      "(arn:aws:widgets:[a-z]{2}-[a-z]+-\\d{1}:\\d{12}:widget:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?",
    );
    const repair = result.repairs.find((r) => r.member === "WidgetName");
    expect(repair?.evidence).toMatch(/latest-literal/);
    expect(repair?.evidence).toMatch(/region-hyphen/);
    // `_\+)]+)` with no dotted twin and no dotted example is the pushed `+`, not a lost `\.`.
    expect(repair?.evidence).toMatch(/plus-pushed-into-class/);
    expect(repair?.evidence).toMatch(/my-widget:v1/);
    expect(view.operations.get("GetWidget")?.input.members?.get("Qualifier")?.constraints.pattern).toBe(
      "(|[a-zA-Z0-9$_-]+)",
    );
  });

  it("binds common errors to the service", () => {
    expect(view.commonErrors.map((e) => [e.name, e.error?.status])).toEqual([["ServiceUnavailable", 503]]);
  });
});

describe("extract on bad input", () => {
  it("names the sections it could not parse, with line numbers", () => {
    const truncated = EXCERPT.slice(0, EXCERPT.indexOf("PutWidget\n\nPuts"));
    const result = extract(truncated);
    const messages = result.problems.map((p) => `${p.line} ${p.message}`);
    expect(messages.some((m) => /operation PutWidget is listed but has no section/.test(m))).toBe(true);
    expect(messages.some((m) => /no list of data types/.test(m))).toBe(true);
    expect(result.problems.every((p) => p.line > 0)).toBe(true);
  });

  it("reports an unknown type rather than guessing", () => {
    const result = extract(
      EXCERPT.replace("유형: 부울", "유형: 복소수").replace("Type: Boolean", "Type: Complex"),
    );
    expect(result.problems.map((p) => p.message)).toContain('unknown type "Complex" of member Enabled');
  });

  it("reports a different document as having no operations list", () => {
    const result = extract("# Some other API\n\nNothing here.\n");
    expect(result.problems.map((p) => p.message)).toContain(
      "no list of operations (다음 작업이 지원됩니다.)",
    );
  });
});
