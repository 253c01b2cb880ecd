import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadModelFile } from "./loadModelFile.ts";

const lambdaModelPath = new URL("../lambda/model.json", import.meta.url).pathname;
const absent = !existsSync(lambdaModelPath);

describe("loadModel on specs/lambda/model.json", () => {
  it.skipIf(absent)(
    absent ? "skipped: specs/lambda/model.json does not exist yet" : "loads with 66 operations",
    () => {
      const lambda = loadModelFile(lambdaModelPath);
      expect(lambda.id).toBe("com.amazonaws.lambda#Lambda");
      expect(lambda.signingName).toBe("lambda");
      expect(lambda.operations.size).toBe(66);
    },
  );
});
