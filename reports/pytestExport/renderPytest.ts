/**
 * results.json → one pytest file an emulator maintainer can run: one self-contained boto3 test per
 * finding (set-up of what the request names, the recorded request signed anew, the assertion the check
 * made, teardown), against the endpoint in AWS_ENDPOINT_URL_LAMBDA. The assertions are data from the same
 * tables the checks read (documented errors, rejection types, output schema), so they fail on the target
 * exactly where the check failed.
 */
import { readFileSync } from "node:fs";
import type { Finding } from "../../core/finding.ts";
import type { OperationView, ServiceView } from "../../core/serviceView.ts";
import type { SentRequest } from "../../core/transportResponse.ts";
import { shapeToJsonSchema } from "../../specs/validate/toJsonSchema.ts";
import { hasPayloadOutput } from "../../suites/checks/outputValue.ts";
import { NOT_IMPLEMENTED_ERROR_TYPES } from "../../suites/checks/unimplementedSignal.ts";
import { violatedBinding } from "../../suites/checks/violatedBinding.ts";
import { CREATES } from "../../suites/lambda/ownResources.ts";
import {
  CONFLICT_ERROR_TYPES,
  EXTRA_COMMON_ERRORS,
  JSON_MEDIA_TYPES,
  SCHEMA_REJECTION_TYPES,
  SEMANTIC_REJECTION_TYPES,
  SIZE_REJECTION_TYPES,
} from "../../suites/leniency/leniencies.ts";
import { PACKAGE_HANDLER, PACKAGE_RUNTIME, zipPackage } from "../../suites/resources/zipPackage.ts";
import type { ResultsDoc } from "../resultsDoc.ts";
import { awsCliLine } from "./awsCliLine.ts";

const SUPPORT = readFileSync(new URL("./support.py", import.meta.url), "utf8");

/** A Python literal for JSON-able data: strings, numbers, lists and string maps are valid Python as JSON. */
const py = (v: unknown): string => JSON.stringify(v);
const pyJson = (v: unknown): string => `json.loads(${py(JSON.stringify(v))})`;

/** Statuses and error types by name, as Python dicts. */
function errorStatuses(
  errors: readonly { name: string; error?: { status: number } }[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of errors) if (e.error) out[e.name] = e.error.status;
  return out;
}

/** The assertion one check made, as a call of the support module. */
function assertion(f: Finding, op: OperationView, service: ServiceView): string | undefined {
  switch (f.check) {
    case "noServerError":
      return "assert_no_server_error(r)";
    case "contentType":
      return "assert_json_media_type(r)";
    case "unimplementedOperation":
      return "assert_implemented(r)";
    case "positiveDataAcceptance":
      return "assert_accepted(r)";
    case "negativeDataRejection":
      return `assert_rejected(r, label_violated=${violatedBinding(op, f.example.violation) === "label" ? "True" : "False"})`;
    case "successStatus": {
      const documented = (f.signature.split("≠ ")[1] ?? String(op.successCode)).split("|").map(Number);
      return `assert_success_status(r, ${py(documented)})`;
    }
    case "errorIdentity": {
      const documented = {
        ...EXTRA_COMMON_ERRORS,
        ...errorStatuses(service.commonErrors),
        ...errorStatuses(op.errors),
      };
      const elsewhere = Object.assign(
        {},
        ...[...service.operations.values()].reverse().map((o) => errorStatuses(o.errors)),
      ) as Record<string, number>;
      return `assert_documented_error(r, ${py(documented)}, ${py(elsewhere)})`;
    }
    case "statefulModel": {
      // `status 404 ResourceNotFoundException→200`: the prediction; a body check's tag cannot be exported.
      const m = /^status (\d+)(?: (\w+))?→/.exec(f.signature);
      return m ? `assert_model(r, ${m[1]}, ${m[2] ? py(m[2]) : "None"})` : undefined;
    }
    case "responseShape": {
      // `/Path/* kind` entries; a signature of another form ("body is not a JSON object") names none.
      const defects = f.signature.split("; ").flatMap((entry) => {
        const m = /^(\/\S*) (\w+)$/.exec(entry);
        return m ? [[m[1], m[2]]] : [];
      });
      const headers: Record<string, [string, string]> = {};
      let status: string | undefined;
      for (const m of op.output.members?.values() ?? []) {
        if (m.binding.kind === "header") headers[m.binding.name.toLowerCase()] = [m.name, m.target.kind];
        if (m.binding.kind === "statusCode") status = m.name;
      }
      return `assert_shape(r, ${pyJson(shapeToJsonSchema(op.output))}, ${py(headers)}, ${py(status ?? null).replace("null", "None")}, ${hasPayloadOutput(op) ? "True" : "False"}, ${py(defects)})`;
    }
    default:
      return undefined;
  }
}

/** Headers the test sets itself (signing, length, host, the SDK's bookkeeping), left out of the file. */
const OWN_HEADERS = new Set([
  "authorization",
  "host",
  "content-length",
  "x-amz-date",
  "x-amz-content-sha256",
  "x-amz-security-token",
  "user-agent",
  "x-amz-user-agent",
  "amz-sdk-invocation-id",
  "amz-sdk-request",
]);

/** `https://host:port/path?q` → `/path?q`: the endpoint comes from the environment. */
function pathOf(url: string): string {
  const m = /^[a-z]+:\/\/[^/]+(\/.*)?$/i.exec(url);
  return m ? (m[1] ?? "/") : url;
}

function testName(i: number, f: Finding): string {
  return `test_${String(i).padStart(4, "0")}_${f.operation}_${f.check}_${f.violationKind}`.replace(
    /\W/g,
    "_",
  );
}

/** The docstring: what the finding is, and how else to reproduce it. */
function docstring(f: Finding, op: OperationView | undefined): string {
  const lines = [
    `${f.operation} · ${f.check} · ${f.violationKind} · ${f.signature} (${f.count} cases)`,
    `check said: ${f.reason}`,
    `replay: ${f.example.replay}`,
    ...(f.example.setup ?? []).map((s) => `set-up: ${s}`),
    `curl: ${f.example.curl}`,
    ...(op ? [`aws cli: ${awsCliLine(op, f.example.request)}`] : []),
  ];
  return `"""${lines.join("\n    ").replaceAll("\\", "\\\\").replaceAll('"""', '\\"\\"\\"')}\n    """`;
}

/** One recorded request as a Python tuple `(method, path, headers, body)`, the test's own headers left out. */
function step(request: SentRequest): string {
  const headers = Object.fromEntries(
    Object.entries(request.headers).filter(([k]) => !OWN_HEADERS.has(k.toLowerCase())),
  );
  const body = request.body === undefined ? "None" : py(request.body);
  return `(${py(request.method)}, ${py(pathOf(request.url))}, ${py(headers)}, ${body})`;
}

function renderTest(i: number, f: Finding, service: ServiceView, recordedPrefix: string): string {
  const op = service.operations.get(f.operation);
  const check = op ? assertion(f, op, service) : undefined;
  const head = `def ${testName(i, f)}(endpoint):\n    ${docstring(f, op)}\n`;
  const sequence = f.example.phase === "stateful" ? f.example.sequence : [f.example.request];
  if (!sequence || !op || !check)
    return `${head}    pytest.skip(${py(`a ${!sequence ? "stateful finding without its command sequence" : `${f.check} finding`} is not exported as requests; replay: ${f.example.replay}`)})\n`;
  const leaveOut = CREATES[f.operation];
  // A sequence makes its own resources under the test's prefix: they are swept after it.
  const stateful = f.example.phase === "stateful";
  return [
    head,
    `    steps = [\n${sequence.map((r) => `        ${step(r)},`).join("\n")}\n    ]`,
    `    with Fixtures(endpoint, ${py(recordedPrefix)}, leave_out=${py(leaveOut ? [leaveOut] : [])}${stateful ? ", sweep=True" : ""}) as fx:`,
    '        fx.prepare("".join(s[1] for s in steps), "".join(s[3] or "" for s in steps))',
    "        for method, path, headers, body in steps[:-1]:",
    "            fx.send(method, path, headers, body)",
    "        r = fx.send(*steps[-1])",
    `        ${check}`,
    "",
  ].join("\n");
}

/** The whole file: header, constants the assertions read, the support module, one test per finding. */
export function renderPytest(doc: Pick<ResultsDoc, "meta" | "findings">, service: ServiceView): string {
  const { meta } = doc;
  const header = [
    `"""Conformance findings of ${meta.target.name}${meta.target.version ? ` ${meta.target.version}` : ""} (seed ${meta.seed}, suite ${meta.suiteVersion}, model ${meta.modelHash.slice(0, 12)}), one test per finding.`,
    "",
    "Written by `lambda-conformance export pytest`. Run against an emulator:",
    "    AWS_ENDPOINT_URL_LAMBDA=http://127.0.0.1:5000 python -m pytest THIS_FILE",
    "Each test makes what its request names under a fresh lc-<id> prefix, sends the recorded request",
    "signed anew, asserts what the check asserted, and deletes what it made.",
    '"""',
  ].join("\n");
  const constants = [
    `RUNTIME = ${py(PACKAGE_RUNTIME)}`,
    `HANDLER = ${py(PACKAGE_HANDLER)}`,
    `ZIP_PACKAGE = ${py(zipPackage().toString("base64"))}`,
    `JSON_MEDIA_TYPES = ${py(Object.keys(JSON_MEDIA_TYPES))}`,
    `SCHEMA_REJECTION_TYPES = ${py(SCHEMA_REJECTION_TYPES)}`,
    `REJECTION_TYPES = ${py([...SCHEMA_REJECTION_TYPES, ...SEMANTIC_REJECTION_TYPES, ...SIZE_REJECTION_TYPES])}`,
    `CONFLICT_ERROR_TYPES = ${py(CONFLICT_ERROR_TYPES)}`,
    `NOT_IMPLEMENTED_ERROR_TYPES = ${py(NOT_IMPLEMENTED_ERROR_TYPES)}`,
  ].join("\n");
  const prefix = `lc-${meta.runId}`;
  const tests = doc.findings.map((f, i) => renderTest(i, f, service, prefix));
  return `${header}\n${SUPPORT}\n${constants}\n\n\n${tests.join("\n\n")}`;
}
