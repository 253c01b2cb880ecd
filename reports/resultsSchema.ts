/** results.json's JSON Schema (results.schema.json) compiled once, for tests and for checking a baseline. */
import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** Location of the schema file, next to this module. */
export const RESULTS_SCHEMA_PATH = new URL("./results.schema.json", import.meta.url);

let compiled: ValidateFunction | undefined;

/** Schema violations of a parsed results.json (`[]` when valid), as `path: message` lines. */
export function validateResultsDoc(doc: unknown): string[] {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    compiled = ajv.compile(JSON.parse(readFileSync(RESULTS_SCHEMA_PATH, "utf8")));
  }
  if (compiled(doc)) return [];
  return (compiled.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? "invalid"}`);
}
