import { describe, expect, it } from "vitest";
import type { OperationView, ShapeView } from "../../core/serviceView.ts";
import { loadModel } from "../model/loadModel.ts";
import { loadModelFile } from "../model/loadModelFile.ts";
import { createValidator } from "./createValidator.ts";

const weather = loadModelFile(new URL("../fixtures/weather.json", import.meta.url).pathname);
const shape = (name: string) => weather.shapes.get(`example.weather#${name}`) as ShapeView;
const operation = (name: string) => weather.operations.get(name) as OperationView;
const validator = createValidator();

const observation = {
  StationId: "ST-001",
  Location: { Latitude: 45.5, Longitude: -73.6, ElevationMeters: 36 },
  Condition: "rain",
  Readings: [{ Sensor: "temp", Value: 21.5 }],
  Tags: { SITE: "roof" },
  ObservedAt: 1718000000,
  Precipitation: { RainMillimeters: 2.5 },
};

/** Issues as `kind path` strings, for compact expectations. */
function issues(result: { errors: readonly { kind: string; path: string }[] }): string[] {
  return result.errors.map((issue) => `${issue.kind} ${issue.path}`);
}

describe("createValidator", () => {
  it("accepts a valid input", () => {
    expect(validator.validateInput(operation("ReportObservation"), observation)).toEqual({
      valid: true,
      errors: [],
      warnings: [],
    });
  });

  it("matches patterns against the whole value", () => {
    const anchored = loadModel({
      smithy: "2.0",
      shapes: {
        "a#S": { type: "service" },
        "a#B": { type: "string", traits: { "smithy.api#pattern": "b" } },
      },
    }).shapes.get("a#B") as ShapeView;
    expect(validator.validateShape(anchored, "b").valid).toBe(true);
    expect(issues(validator.validateShape(anchored, "abc"))).toEqual(["pattern "]);
    expect(issues(validator.validateShape(shape("StationId"), "xST-001y"))).toEqual(["pattern "]);
  });

  it("applies the u flag to patterns", () => {
    const unicode = loadModel({
      smithy: "2.0",
      shapes: {
        "a#S": { type: "service" },
        "a#E": { type: "string", traits: { "smithy.api#pattern": "\\p{L}+" } },
      },
    }).shapes.get("a#E") as ShapeView;
    expect(validator.validateShape(unicode, "éte").valid).toBe(true);
    expect(validator.validateShape(unicode, "a1").valid).toBe(false);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a pattern", { StationId: "ST-1" }, ["pattern /StationId"]],
    ["a nested range", { Location: { Latitude: 90.5, Longitude: 0 } }, ["range /Location/Latitude"]],
    [
      "a member range over a prelude target",
      { Location: { Latitude: 0, Longitude: -181 } },
      ["range /Location/Longitude"],
    ],
    ["an enum", { Condition: "RAIN" }, ["enum /Condition"]],
    ["a member list length", { Readings: [] }, ["length /Readings"]],
    [
      "a string length",
      { Readings: [{ Sensor: "abcdefghijklmnopq", Value: 1 }] },
      ["length /Readings/0/Sensor"],
    ],
    ["a nested required member", { Readings: [{ Sensor: "t" }] }, ["required /Readings/0/Value"]],
    ["a type", { Location: { Latitude: "north", Longitude: 0 } }, ["type /Location/Latitude"]],
    [
      "an integer type",
      { Location: { Latitude: 0, Longitude: 0, ElevationMeters: 1.5 } },
      ["type /Location/ElevationMeters"],
    ],
    ["a map key", { Tags: { site: "roof" } }, ["key /Tags/site"]],
    ["a map value", { Tags: { SITE: "x".repeat(33) } }, ["length /Tags/SITE"]],
    ["a map size", { Tags: { A: "", B: "", C: "", D: "" } }, ["length /Tags"]],
    ["an unknown member", { Extra: true }, ["unknownMember /Extra"]],
    [
      "a union with two members set",
      { Precipitation: { RainMillimeters: 1, SnowCentimeters: 2 } },
      ["length /Precipitation"],
    ],
    ["a union with none set", { Precipitation: {} }, ["length /Precipitation"]],
  ])("rejects %s", (_, change, expected) => {
    expect(
      issues(validator.validateInput(operation("ReportObservation"), { ...observation, ...change })),
    ).toEqual(expected);
  });

  it("reports a missing top-level required member", () => {
    const { StationId: _, ...rest } = observation;
    expect(issues(validator.validateInput(operation("ReportObservation"), rest))).toEqual([
      "required /StationId",
    ]);
  });

  it("names what a mistyped value holds, null included", () => {
    const result = validator.validateInput(operation("ReportObservation"), {
      ...observation,
      StationId: null,
      Tags: [],
    });
    expect(result.errors.map((i) => `${i.path} ${i.message}`)).toEqual(
      expect.arrayContaining(["/StationId must be string, got null", "/Tags must be object, got array"]),
    );
  });

  it("accepts timestamps as epoch seconds or strings", () => {
    const op = operation("ReportObservation");
    expect(validator.validateInput(op, { ...observation, ObservedAt: "2024-06-10T00:00:00Z" }).valid).toBe(
      true,
    );
    expect(issues(validator.validateInput(op, { ...observation, ObservedAt: true }))).toEqual([
      "type /ObservedAt",
    ]);
  });

  it("checks blobs as base64 with their byte length", () => {
    const op = operation("PutRadarImage");
    expect(validator.validateInput(op, { CityId: "paris", Image: "iVBORw==" }).valid).toBe(true);
    expect(issues(validator.validateInput(op, { CityId: "paris", Image: "" }))).toEqual(["length /Image"]);
    expect(issues(validator.validateInput(op, { CityId: "paris", Image: "not base64!" }))).toEqual([
      "type /Image",
    ]);
  });

  it("validates recursive shapes", () => {
    const region = { Name: "Europe", SubRegions: [{ Name: "France", Parent: { Name: "Europe" } }] };
    expect(validator.validateOutput(operation("GetRegion"), region).valid).toBe(true);
    const broken = { Name: "Europe", SubRegions: [{ Parent: { Name: 3 } }] };
    expect(issues(validator.validateOutput(operation("GetRegion"), broken))).toEqual([
      "required /SubRegions/0/Name",
      "type /SubRegions/0/Parent/Name",
    ]);
  });

  it("treats unknown output members as warnings, and request ones as errors unless allowed", () => {
    const output = validator.validateOutput(operation("ReportObservation"), {
      ObservationId: "o-1",
      Extra: 1,
    });
    expect(output.valid).toBe(true);
    expect(output.warnings.map((issue) => [issue.kind, issue.path])).toEqual([["unknownMember", "/Extra"]]);
    const strict = validator.validateOutput(
      operation("ReportObservation"),
      { ObservationId: "o-1", Extra: 1 },
      {
        allowUnknownMembers: false,
      },
    );
    expect(issues(strict)).toEqual(["unknownMember /Extra"]);
    const lenient = validator.validateInput(
      operation("ReportObservation"),
      { ...observation, Extra: 1 },
      {
        allowUnknownMembers: true,
      },
    );
    expect(lenient.valid).toBe(true);
  });

  it("uses member constraints over target constraints", () => {
    const op = operation("GetForecast");
    const long = "a".repeat(40);
    expect(issues(validator.validateInput(op, { CityId: long }))).toEqual(["length /CityId"]);
    expect(validator.validateInput(operation("PutRadarImage"), { CityId: long, Image: "AA==" }).valid).toBe(
      true,
    );
  });

  it("escapes map keys in paths", () => {
    expect(
      issues(
        validator.validateInput(operation("ReportObservation"), { ...observation, Tags: { "A/B": "x" } }),
      ),
    ).toEqual(["key /Tags/A~1B"]);
  });

  it("judges a second model's shape by its own defs where a key names another def", () => {
    const location = shape("Location");
    const latitude = location.members?.get("Latitude");
    if (!latitude) throw new Error("no Latitude member");
    // Same ids, another constraint: as another model loaded in the same process would have.
    const narrowed: ShapeView = {
      ...location,
      members: new Map([
        ...(location.members ?? []),
        ["Latitude", { ...latitude, constraints: { range: { min: 0, max: 1 } } }],
      ]),
    };
    const holder = (inner: ShapeView): ShapeView => ({
      ...location,
      id: "example.weather#Holder",
      members: new Map([["At", { ...latitude, name: "At", target: inner, constraints: {} }]]),
    });
    const place = { Latitude: 45.5, Longitude: -73.6 };
    const fresh = createValidator();
    expect(fresh.validateShape(holder(location), { At: place }).valid).toBe(true);
    expect(issues(fresh.validateShape(holder(narrowed), { At: place }))).toEqual(["range /At/Latitude"]);
  });
});
