import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadModelFile } from "../model/loadModelFile.ts";
import { createValidator } from "./createValidator.ts";

const lambdaModelPath = new URL("../lambda/model.json", import.meta.url).pathname;
const absent = !existsSync(lambdaModelPath);

describe("validator over specs/lambda/model.json", () => {
  it.skipIf(absent)(
    absent ? "skipped: specs/lambda/model.json does not exist yet" : "compiles for every input and output",
    () => {
      const validator = createValidator();
      for (const operation of loadModelFile(lambdaModelPath).operations.values()) {
        expect(() => validator.validateInput(operation, {}), operation.name).not.toThrow();
        expect(() => validator.validateOutput(operation, {}), operation.name).not.toThrow();
      }
    },
  );
});
