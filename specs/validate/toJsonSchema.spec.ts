import { describe, expect, it } from "vitest";
import type { ShapeView } from "../../core/serviceView.ts";
import { loadModelFile } from "../model/loadModelFile.ts";
import { shapeToJsonSchema } from "./toJsonSchema.ts";

const weather = loadModelFile(new URL("../fixtures/weather.json", import.meta.url).pathname);
const shape = (name: string) => weather.shapes.get(`example.weather#${name}`) as ShapeView;

describe("shapeToJsonSchema", () => {
  it("anchors patterns with the whole-value rule", () => {
    expect(shapeToJsonSchema(shape("CityId"))).toEqual({
      type: "string",
      minLength: 1,
      maxLength: 64,
      pattern: "^(?:[a-z0-9-]+)$",
      $defs: {},
    });
  });

  it("maps scalar kinds to restJson1 body types", () => {
    expect(shapeToJsonSchema(shape("Latitude"))).toMatchObject({ type: "number", minimum: -90, maximum: 90 });
    expect(shapeToJsonSchema(shape("Condition"))).toMatchObject({
      type: "string",
      enum: ["SUNNY", "CLOUDY", "rain"],
    });
    expect(shapeToJsonSchema(shape("RadarImage"))).toMatchObject({
      type: "string",
      contentEncoding: "base64",
      byteLength: { min: 1, max: 1048576 },
    });
    const location = shapeToJsonSchema(shape("Location")).$defs as Record<string, { properties: object }>;
    expect(location["example.weather.Location"]?.properties).toMatchObject({
      ElevationMeters: { type: "integer" },
    });
  });

  it("ends recursion in $ref", () => {
    const schema = shapeToJsonSchema(shape("Region"));
    expect(schema.$ref).toBe("#/$defs/example.weather.Region");
    expect(schema.$defs).toEqual({
      "example.weather.Region": {
        type: "object",
        properties: {
          Name: { type: "string" },
          Parent: { $ref: "#/$defs/example.weather.Region" },
          SubRegions: { $ref: "#/$defs/example.weather.RegionList" },
        },
        required: ["Name"],
        additionalProperties: false,
      },
      "example.weather.RegionList": { type: "array", items: { $ref: "#/$defs/example.weather.Region" } },
    });
  });

  it("gives a member that narrows its target its own def", () => {
    const defs = shapeToJsonSchema(shape("ReportObservationRequest")).$defs as Record<string, object>;
    expect(defs["example.weather.ReportObservationRequest$Readings"]).toMatchObject({
      minItems: 1,
      maxItems: 5,
    });
    expect(shapeToJsonSchema(shape("ReadingList"))).toMatchObject({
      $defs: { "example.weather.ReadingList": { minItems: 1, maxItems: 50 } },
    });
  });

  it("is a pure function", () => {
    expect(shapeToJsonSchema(shape("Tags"))).toEqual(shapeToJsonSchema(shape("Tags")));
  });
});
