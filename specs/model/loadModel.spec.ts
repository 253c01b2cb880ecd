import { describe, expect, it } from "vitest";
import type { OperationView, ShapeView } from "../../core/serviceView.ts";
import { loadModelFile } from "./loadModelFile.ts";

const weather = loadModelFile(new URL("../fixtures/weather.json", import.meta.url).pathname);

function operation(name: string): OperationView {
  const found = weather.operations.get(name);
  if (!found) throw new Error(`no operation ${name}`);
  return found;
}

function shape(name: string): ShapeView {
  const found = weather.shapes.get(`example.weather#${name}`);
  if (!found) throw new Error(`no shape ${name}`);
  return found;
}

function member(owner: ShapeView, name: string) {
  const found = owner.members?.get(name);
  if (!found) throw new Error(`no member ${owner.id}$${name}`);
  return found;
}

describe("loadModel on the weather fixture", () => {
  it("reads the service", () => {
    expect(weather).toMatchObject({
      id: "example.weather#Weather",
      namespace: "example.weather",
      name: "Weather",
      version: "2024-06-01",
      signingName: "weather",
    });
    expect([...weather.operations.keys()]).toEqual([
      "GetForecast",
      "ReportObservation",
      "PutRadarImage",
      "GetRegion",
    ]);
    expect(weather.commonErrors.map((error) => error.name)).toEqual(["ServiceFailure", "Throttled"]);
  });

  it("reads http traits, defaulting the success code to 200", () => {
    expect(operation("GetForecast")).toMatchObject({
      method: "GET",
      uri: "/cities/{CityId}/forecast",
      successCode: 200,
    });
    expect(operation("ReportObservation")).toMatchObject({ method: "POST", successCode: 201 });
    expect(operation("PutRadarImage").successCode).toBe(204);
  });

  it("binds every top-level member", () => {
    const forecast = operation("GetForecast").input;
    expect(member(forecast, "CityId").binding).toEqual({ kind: "label" });
    expect(member(forecast, "Days").binding).toEqual({ kind: "query", name: "days" });
    expect(member(forecast, "Units").binding).toEqual({ kind: "header", name: "X-Units" });
    expect(member(operation("GetForecast").output, "ETag").binding).toEqual({ kind: "header", name: "ETag" });
    expect(member(operation("ReportObservation").input, "Location").binding).toEqual({ kind: "body" });
    expect(member(operation("PutRadarImage").input, "Image").binding).toEqual({ kind: "payload" });
    expect(member(operation("PutRadarImage").output, "Status").binding).toEqual({ kind: "statusCode" });
    expect(member(operation("GetRegion").input, "Path").binding).toEqual({ kind: "label" });
  });

  it("leaves nested members in the body", () => {
    expect(member(shape("Location"), "Latitude").binding).toEqual({ kind: "body" });
  });

  it("merges member constraints over target constraints", () => {
    const cityId = member(operation("GetForecast").input, "CityId");
    expect(shape("CityId").constraints).toEqual({ length: { min: 1, max: 64 }, pattern: "[a-z0-9-]+" });
    expect(cityId.constraints).toEqual({ length: { min: 1, max: 32 }, pattern: "[a-z0-9-]+" });
    expect(member(operation("PutRadarImage").input, "CityId").constraints.length).toEqual({
      min: 1,
      max: 64,
    });
    expect(member(operation("GetForecast").input, "Days").constraints).toEqual({
      range: { min: 1, max: 10 },
    });
    expect(member(shape("Location"), "Latitude").constraints.range).toEqual({ min: -90, max: 90 });
    expect(member(operation("ReportObservation").input, "Readings").constraints.length).toEqual({
      min: 1,
      max: 5,
    });
  });

  it("reads required, kinds and prelude targets", () => {
    const input = operation("ReportObservation").input;
    expect(member(input, "StationId").required).toBe(true);
    expect(member(input, "Condition").required).toBe(false);
    expect(member(input, "ObservedAt").target).toMatchObject({
      id: "smithy.api#Timestamp",
      kind: "timestamp",
    });
    expect(member(shape("Location"), "ElevationMeters").target.kind).toBe("long");
    expect(member(shape("Reading"), "Value").target.kind).toBe("float");
    expect(shape("RadarImage")).toMatchObject({
      kind: "blob",
      constraints: { length: { min: 1, max: 1048576 } },
    });
  });

  it("reads enums, lists and maps", () => {
    expect(shape("Condition")).toMatchObject({
      kind: "enum",
      constraints: { enum: ["SUNNY", "CLOUDY", "rain"] },
    });
    expect(member(operation("ReportObservation").input, "Condition").constraints.enum).toEqual([
      "SUNNY",
      "CLOUDY",
      "rain",
    ]);
    expect(shape("ReadingList").member?.target).toBe(shape("Reading"));
    const tags = shape("Tags");
    expect(tags.kind).toBe("map");
    expect(tags.key?.constraints).toEqual({ length: { min: 1, max: 8 }, pattern: "[A-Z_]+" });
    expect(tags.value?.target).toBe(shape("TagValue"));
  });

  it("reads a union as a structure marked union", () => {
    expect(shape("Precipitation")).toMatchObject({ kind: "structure", union: true });
    expect(member(shape("Precipitation"), "RainMillimeters").constraints).toEqual({ range: { min: 0 } });
  });

  it("builds recursive shapes once", () => {
    const region = shape("Region");
    expect(operation("GetRegion").output).toBe(region);
    expect(member(region, "Parent").target).toBe(region);
    expect(member(region, "SubRegions").target.member?.target).toBe(region);
  });

  it("reads errors with their status, defaulting to 400 and 500", () => {
    expect(operation("GetForecast").errors.map((error) => [error.name, error.error])).toEqual([
      ["CityNotFound", { fault: "client", status: 404 }],
      ["InvalidParameter", { fault: "client", status: 400 }],
    ]);
    expect(shape("ServiceFailure").error).toEqual({ fault: "server", status: 500 });
    expect(shape("Throttled").error).toEqual({ fault: "client", status: 429 });
  });

  it("gives a missing input or output the Unit shape", async () => {
    const { loadModel } = await import("./loadModel.ts");
    const service = loadModel({
      smithy: "2.0",
      shapes: {
        "a#S": { type: "service", operations: [{ target: "a#Ping" }] },
        "a#Ping": { type: "operation", traits: { "smithy.api#http": { method: "GET", uri: "/ping" } } },
      },
    });
    expect(service.operations.get("Ping")?.input).toMatchObject({ id: "smithy.api#Unit", kind: "unit" });
    expect(service.signingName).toBe("s");
  });

  it("reads every operation bound through (nested) resources and marks streaming shapes", async () => {
    const { loadModel } = await import("./loadModel.ts");
    const op = (uri: string) => ({
      type: "operation",
      traits: { "smithy.api#http": { method: "GET", uri } },
    });
    const service = loadModel({
      smithy: "2.0",
      shapes: {
        "a#S": { type: "service", operations: [{ target: "a#Ping" }], resources: [{ target: "a#Thing" }] },
        "a#Ping": op("/ping"),
        "a#Thing": {
          type: "resource",
          create: { target: "a#CreateThing" },
          put: { target: "a#PutThing" },
          read: { target: "a#GetThing" },
          update: { target: "a#UpdateThing" },
          delete: { target: "a#DeleteThing" },
          list: { target: "a#ListThings" },
          operations: [{ target: "a#TouchThing" }],
          collectionOperations: [{ target: "a#CountThings" }],
          resources: [{ target: "a#Part" }],
        },
        "a#Part": { type: "resource", read: { target: "a#GetPart" } },
        ...Object.fromEntries(
          ["CreateThing", "PutThing", "GetThing", "UpdateThing", "DeleteThing", "ListThings", "TouchThing"]
            .concat(["CountThings", "GetPart"])
            .map((name) => [`a#${name}`, op(`/${name}`)]),
        ),
        "a#Events": {
          type: "union",
          members: { Chunk: { target: "smithy.api#Blob" } },
          traits: { "smithy.api#streaming": {} },
        },
      },
    });
    expect([...service.operations.keys()].sort()).toEqual(
      ["Ping", "CreateThing", "PutThing", "GetThing", "UpdateThing", "DeleteThing", "ListThings"]
        .concat(["TouchThing", "CountThings", "GetPart"])
        .sort(),
    );
    expect(service.shapes.get("a#Events")).toMatchObject({ kind: "structure", union: true, streaming: true });
  });
});
