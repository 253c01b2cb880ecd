/** Reads results.json (or a baseline) back without loading its cases into memory. */
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { checkBaselineDates } from "./baselineLife.ts";
import type { CaseRecord } from "./caseRecord.ts";
import { RESULTS_SCHEMA_VERSION, type ResultsDoc } from "./resultsDoc.ts";

const HEAD_END = `,"cases":[`;

/** Envelope, summary and findings of a results file; `cases` is left out. Any valid JSON layout is accepted. */
export async function readResults(path: string): Promise<ResultsDoc> {
  let head: string | undefined;
  let tail = "";
  let inTail = false;
  for await (const line of lines(path)) {
    if (head === undefined) {
      if (!line.endsWith(HEAD_END)) return parseWhole(path);
      head = line;
    } else if (inTail || line.startsWith("]")) {
      inTail = true;
      tail += line;
    }
  }
  if (head === undefined || !inTail) return parseWhole(path);
  const envelope = JSON.parse(`${head.slice(0, -HEAD_END.length)}}`);
  const rest = JSON.parse(`{${tail.slice(2)}`);
  return checked({ ...envelope, ...rest }, path);
}

/** The cases of a streamed results.json, one at a time. */
export async function* readCases(path: string): AsyncGenerator<CaseRecord> {
  let inCases = false;
  for await (const line of lines(path)) {
    if (!inCases) inCases = line.endsWith(HEAD_END);
    else if (line.startsWith("]")) return;
    else yield JSON.parse(line.startsWith(",") ? line.slice(1) : line) as CaseRecord;
  }
}

function lines(path: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Number.POSITIVE_INFINITY });
}

async function parseWhole(path: string): Promise<ResultsDoc> {
  const { cases: _cases, ...doc } = JSON.parse(await readFile(path, "utf8"));
  return checked(doc, path);
}

function checked(doc: ResultsDoc, path: string): ResultsDoc {
  // Version 1 grouped findings without a signature: compared with version 2, every finding would look new.
  if ((doc.schemaVersion as number) === 1)
    throw new Error(
      `${path}: results schemaVersion 1 (findings without defect signatures) cannot be compared with this suite's version ${RESULTS_SCHEMA_VERSION}; regenerate it: run the suite again against the same target (lambda-conformance run … --out DIR), then lambda-conformance baseline update --from DIR/results.json --to ${path}`,
    );
  if (doc.schemaVersion !== RESULTS_SCHEMA_VERSION)
    throw new Error(
      `${path}: results schemaVersion ${doc.schemaVersion}, expected ${RESULTS_SCHEMA_VERSION}`,
    );
  if (!doc.meta || !doc.summary || !Array.isArray(doc.findings))
    throw new Error(`${path}: not a lambda-conformance results file (meta, summary, findings required)`);
  checkBaselineDates(doc, path);
  return doc;
}
