import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL_FILE } from "../../specs/model/defaultModel.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { awsCliLine, cliName } from "./awsCliLine.ts";

const service = loadModelFile(DEFAULT_MODEL_FILE);

describe("awsCliLine", () => {
  it("names the operation as the CLI does", () => {
    expect(cliName("GetFunctionUrlConfig")).toBe("get-function-url-config");
    expect(cliName("InvokeWithResponseStream")).toBe("invoke-with-response-stream");
  });

  it("reads labels, query and body back into input members", () => {
    const op = service.operations.get("UpdateAlias");
    if (!op) throw new Error("model lacks UpdateAlias");
    const line = awsCliLine(op, {
      transport: "raw",
      method: "PUT",
      url: "http://127.0.0.1:5000/2015-03-31/functions/lc-x-o2/aliases/live",
      headers: { "content-type": "application/json" },
      body: '{"Description":"it\'s"}',
    });
    expect(line).toBe(
      `aws lambda update-alias --endpoint-url "$AWS_ENDPOINT_URL_LAMBDA" --cli-input-json '{"FunctionName":"lc-x-o2","Name":"live","Description":"it'\\''s"}'`,
    );
  });

  it("types query members by their shape", () => {
    const op = service.operations.get("ListFunctions");
    if (!op) throw new Error("model lacks ListFunctions");
    const line = awsCliLine(op, {
      transport: "raw",
      method: "GET",
      url: "http://127.0.0.1:5000/2015-03-31/functions/?MaxItems=0",
      headers: {},
    });
    expect(line).toContain(`--cli-input-json '{"MaxItems":0}'`);
  });
});
