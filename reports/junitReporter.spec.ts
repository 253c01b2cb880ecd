import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "test-results-parser";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { runSample } from "../testkit/reportFixtures/runSample.ts";
import { xmlEscape } from "./junitReporter.ts";

describe("junit.xml", () => {
  it("is valid against the JUnit XSD (libxml2's xmllint)", async () => {
    const { outDir } = await runSample();
    const result = await validateXML({
      xml: { fileName: "junit.xml", contents: await readFile(join(outDir, "junit.xml"), "utf8") },
      schema: {
        fileName: "junit.xsd",
        contents: await readFile(new URL("./junit.xsd", import.meta.url), "utf8"),
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("reads in a JUnit consumer as one suite per operation and one case per (operation, check)", async () => {
    const { outDir } = await runSample();
    const result = parse({ type: "junit", files: [join(outDir, "junit.xml")] });
    expect(result.suites.map((s) => s.name)).toEqual([
      "CreateFunction",
      "GetFunction",
      "Invoke",
      "ListAliases",
      "PutFunctionConcurrency",
    ]);
    const create = result.suites[0];
    expect(create?.cases.map((c) => `${c.name}:${c.status}`)).toEqual([
      "rejectsInvalid:FAIL",
      "responseSchema:PASS",
      "statusCode:FAIL",
    ]);
    const failed = create?.cases[2];
    expect(failed?.failure).toContain("3 failing cases in 1 finding(s); tooLong");
    // The failure body carries the minimal request, the response and the replay line.
    expect(failed?.stack_trace).toContain(`{"FunctionName":"${"x".repeat(141)}"}`);
    expect(failed?.stack_trace).toContain("HTTP 201");
    expect(failed?.stack_trace).toContain("--replay 99");
    const unimplemented = result.suites[4];
    expect(unimplemented?.cases.find((c) => c.name === "implemented")?.status).toBe("SKIP");
  });

  it("escapes markup and drops characters XML cannot hold", () => {
    expect(xmlEscape('<a href="x">&\u0001')).toBe("&lt;a href=&quot;x&quot;&gt;&amp;\uFFFD");
  });
});
