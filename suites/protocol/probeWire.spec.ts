import { describe, expect, it } from "vitest";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { PAYLOAD_LIMITS } from "./probes.ts";
import { probeWire, UNKNOWN_SEGMENT, UNSUPPORTED_METHOD } from "./probeWire.ts";
import { protocolCases } from "./protocolCases.ts";

const service = loadModelFile("specs/lambda/model.json");
const operations = [...service.operations.values()];

/** The paths a URI template matches, as a router would: a label is one segment, a greedy label any. */
function templateRegex(uri: string): RegExp {
  const path = (uri.split("?")[0] ?? "").replace(/\/$/, "");
  const body = path
    .split(/(\{[^}]+\})/)
    .map((part) =>
      part.startsWith("{")
        ? part.endsWith("+}")
          ? ".+"
          : "[^/]+"
        : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"),
    )
    .join("");
  return new RegExp(`^${body}/?$`);
}

describe("probeWire", () => {
  const casesOf = (kind: string) =>
    operations.flatMap((op) =>
      protocolCases(op, 1).flatMap((c) => (c.probe?.kind === kind ? [{ op, c }] : [])),
    );

  it("builds unknown paths that no operation's URI template matches", () => {
    const templates = operations.map((op) => templateRegex(op.uri));
    for (const { op, c } of casesOf("unknownPath")) {
      const { path } = probeWire(op, c);
      expect(path.split("/")[2]).toBe(UNKNOWN_SEGMENT);
      expect(
        templates.filter((t) => t.test(decodeURIComponent(path))),
        path,
      ).toEqual([]);
    }
  });

  it("sends a method no operation takes, without a body", () => {
    expect(operations.some((op) => op.method === UNSUPPORTED_METHOD)).toBe(false);
    for (const { op, c } of casesOf("unsupportedMethod")) {
      const wire = probeWire(op, c);
      expect(wire.method).toBe(UNSUPPORTED_METHOD);
      expect(wire.body).toBeUndefined();
    }
  });

  it("oversizes Invoke's payload by one byte, as JSON, on a dry run", () => {
    const [{ op, c } = { op: undefined, c: undefined }] = casesOf("oversizedPayload");
    if (!op || !c) throw new Error("no oversizedPayload case");
    const wire = probeWire(op, c);
    const body = wire.body as Buffer;
    expect(body.length).toBe((PAYLOAD_LIMITS.Invoke ?? 0) + 1);
    expect(typeof JSON.parse(body.toString("utf8"))).toBe("string");
    expect(wire.headers?.["x-amz-invocation-type"]).toBe("DryRun");
  });

  it("breaks the media type and the encoding, keeping the JSON body", () => {
    for (const kind of ["wrongContentType", "undecodableBody"]) {
      const [{ op, c } = { op: undefined, c: undefined }] = casesOf(kind);
      if (!op || !c) throw new Error(`no ${kind} case`);
      const wire = probeWire(op, c);
      expect(() => JSON.parse(String(wire.body))).not.toThrow();
      expect(
        kind === "wrongContentType" ? wire.headers?.["content-type"] : wire.headers?.["content-encoding"],
      ).toBe(kind === "wrongContentType" ? "text/plain" : "gzip");
    }
  });
});
