import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type { ServiceView } from "../../core/serviceView.ts";
import { loadModelFile } from "../model/loadModelFile.ts";
import type { JsonSchema } from "../validate/jsonSchema.ts";
import { defKey, shapeToJsonSchema } from "../validate/toJsonSchema.ts";
import { exportOpenApi } from "./exportOpenApi.ts";
import { missingFromOpenApi } from "./openApiCoverage.ts";
import { BYTE_LENGTH_EXTENSION, componentName, openApiSchema } from "./openApiSchema.ts";

const model = (path: string) => loadModelFile(new URL(path, import.meta.url).pathname);
const MODELS: [string, ServiceView][] = [
  ["Lambda", model("../lambda/model.json")],
  ["weather", model("../fixtures/weather.json")],
];

type Obj = Record<string, unknown>;

/** Every value of `keyword` anywhere in a JSON document. */
function collect(value: unknown, keyword: string, found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const item of value) collect(item, keyword, found);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === keyword) found.push(child);
      collect(child, keyword, found);
    }
  }
  return found;
}

describe.each(MODELS)("exportOpenApi of the %s model", (_, view) => {
  const document = exportOpenApi(view);

  it("is a valid OpenAPI 3.1 document whose references all resolve", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it("round-trips: every operation, member, binding, error and constraint of the model appears", () => {
    expect(missingFromOpenApi(view, document)).toEqual([]);
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item));
    expect(operations.map((operation) => operation.operationId).sort()).toEqual(
      [...view.operations.keys()].sort(),
    );
  });

  it("anchors every pattern with the whole-value rule", () => {
    const patterns = collect(document, "pattern") as string[];
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(pattern).toMatch(/^\^\(\?:.*\)\$$/s);
  });

  it("has components that are strict JSON Schema 2020-12 (only the documented extensions added)", () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, unicodeRegExp: true });
    ajv.addVocabulary([BYTE_LENGTH_EXTENSION]);
    ajv.addFormat("byte", true);
    const components = JSON.stringify((document.components as Obj).schemas).replaceAll(
      "#/components/schemas/",
      "#/$defs/",
    );
    const id = "https://lambda-conformance.invalid/components";
    ajv.addSchema({ $id: id, $defs: JSON.parse(components) });
    for (const name of Object.keys(JSON.parse(components))) {
      expect(ajv.getSchema(`${id}#/$defs/${name}`)).toBeTypeOf("function");
    }
  });

  it("documents SigV4 as the security scheme", () => {
    expect(document.security).toEqual([{ "aws.auth.sigv4": [] }]);
    const schemes = (document.components as Obj).securitySchemes as Record<string, Obj>;
    expect(schemes["aws.auth.sigv4"]).toMatchObject({
      type: "apiKey",
      in: "header",
      name: "Authorization",
      "x-amazon-apigateway-authtype": "awsSigv4",
      "x-smithy-signingName": view.signingName,
    });
  });
});

describe("exportOpenApi of the Lambda model", () => {
  const view = MODELS[0]?.[1] as ServiceView;
  const document = exportOpenApi(view);
  const schemas = (document.components as { schemas: Record<string, JsonSchema> }).schemas;

  it("keeps operations that differ only by a literal query at distinct path keys, with the literal as a required parameter", () => {
    const layers = document.paths["/2018-10-31/layers"]?.get;
    const byArn = document.paths["/2018-10-31/layers#find=LayerVersion"]?.get;
    expect(layers?.operationId).toBe("ListLayers");
    expect(byArn?.operationId).toBe("GetLayerVersionByArn");
    expect(byArn?.["x-smithy-uri"]).toBe("/2018-10-31/layers?find=LayerVersion");
    expect(byArn?.parameters).toContainEqual({
      name: "find",
      in: "query",
      required: true,
      schema: { type: "string", enum: ["LayerVersion"] },
      "x-smithy-literal": true,
    });
    const provisioned = "/2019-09-30/functions/{FunctionName}/provisioned-concurrency";
    expect(document.paths[provisioned]?.get?.operationId).toBe("GetProvisionedConcurrencyConfig");
    expect(document.paths[`${provisioned}#List=ALL`]?.get?.operationId).toBe(
      "ListProvisionedConcurrencyConfigs",
    );
  });

  it("uses the validator's translation for every component it shares", () => {
    const configuration = view.shapes.get("com.amazonaws.lambda#FunctionConfiguration");
    if (!configuration) throw new Error("FunctionConfiguration missing from the Lambda model");
    const defs = shapeToJsonSchema(configuration).$defs as Record<string, JsonSchema>;
    for (const [key, def] of Object.entries(defs))
      expect(schemas[componentName(key)]).toEqual(openApiSchema(def));
    expect(schemas[componentName(defKey(configuration.id))]).toBeDefined();
  });

  it("states the success status, error statuses and request body of an operation", () => {
    const create = document.paths["/2015-03-31/functions"]?.post as Obj;
    const responses = create.responses as Record<string, Obj>;
    expect(Object.keys(responses)).toContain("201");
    expect(responses["400"]?.["x-smithy-errors"]).toContain("InvalidParameterValueException");
    expect((create.requestBody as Obj).required).toBe(true);
  });

  it("sends a blob payload as raw bytes with its byte bounds", () => {
    const invoke = document.paths["/2015-03-31/functions/{FunctionName}/invocations"]?.post as Obj;
    const content = (invoke.requestBody as Obj).content as Record<string, { schema: Obj }>;
    expect(content["application/octet-stream"]?.schema).toMatchObject({ type: "string" });
  });
});

describe("missingFromOpenApi", () => {
  const view = MODELS[1]?.[1] as ServiceView;

  it("reports a dropped constraint, a dropped parameter and a dropped operation", () => {
    const document = structuredClone(exportOpenApi(view));
    const forecast = document.paths["/cities/{CityId}/forecast"]?.get as Obj;
    const [label, , header] = forecast.parameters as [Obj, Obj, Obj];
    delete (label.schema as Obj).pattern;
    forecast.parameters = [label, header];
    delete document.paths["/regions/{Path}"];
    expect(missingFromOpenApi(view, document)).toEqual([
      "GetForecast input CityId: whole-value pattern [a-z0-9-]+",
      "GetForecast input Days: no query parameter",
      "GetForecast input Days: no schema",
      "GetRegion: no operation",
    ]);
  });
});
