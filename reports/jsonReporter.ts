/** Streams results.json: envelope, then one case per line, then summary and findings; renamed into place at the end. */

import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import type { Finding } from "../core/finding.ts";
import { sanitizeDeep, sanitizeText } from "../core/sanitize.ts";
import { tempPathFor } from "./atomicWrite.ts";
import type { CaseRecord } from "./caseRecord.ts";
import type { RunMeta, RunSummary } from "./reporter.ts";
import { RESULTS_SCHEMA_VERSION } from "./resultsDoc.ts";
import { sharedRootCauses } from "./rootCause.ts";

/**
 * Characters of case lines gathered before one write: a write per case cost more CPU than judging the
 * case (issue #25), and 64 KB in memory keeps it flat however long the run.
 */
const BATCH_CHARS = 64 * 1024;

/**
 * One results.json being written. The line layout (head line, one line per case, tail) is part of the
 * format: `readResults` reads the head and tail without parsing the cases.
 */
export class ResultsJsonWriter {
  #cases = 0;
  #closed = false;
  /** Case lines not yet written, sanitised, in order. */
  #batch: string[] = [];
  #batchChars = 0;
  /** One wait for 'drain' shared by every concurrent writer: one listener per stream, however many cases are in flight. */
  #drain: Promise<void> | undefined;

  private constructor(
    private readonly file: string,
    private readonly temp: string,
    private readonly out: WriteStream,
  ) {}

  /** Opens a temp file beside `file` and writes the envelope. */
  static async open(file: string, meta: RunMeta): Promise<ResultsJsonWriter> {
    await mkdir(dirname(file), { recursive: true });
    const temp = tempPathFor(file);
    const out = createWriteStream(temp, { encoding: "utf8" });
    await once(out, "open");
    const writer = new ResultsJsonWriter(file, temp, out);
    const head = JSON.stringify({ schemaVersion: RESULTS_SCHEMA_VERSION, meta: sanitizeDeep(meta) });
    await writer.#write(sanitizeText(`${head.slice(0, -1)},"cases":[\n`));
    return writer;
  }

  /**
   * Appends one case, sanitised already (`toCaseRecord`; its line is sanitised again as text); written
   * with the next batch, waiting for the stream to drain so memory stays flat.
   */
  async writeCase(record: CaseRecord): Promise<void> {
    const line = sanitizeText(`${this.#cases++ === 0 ? "" : ","}${JSON.stringify(record)}\n`);
    this.#batch.push(line);
    this.#batchChars += line.length;
    if (this.#batchChars >= BATCH_CHARS) await this.#flush();
  }

  /** Writes summary, findings and their shared root causes, flushes, and renames the temp file over results.json. */
  async close(summary: RunSummary, findings: readonly Finding[]): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#flush();
    const tail = JSON.stringify(sanitizeDeep({ summary, findings, rootCauses: sharedRootCauses(findings) }));
    await this.#write(sanitizeText(`],${tail.slice(1)}\n`));
    this.out.end();
    await once(this.out, "finish");
    await rename(this.temp, this.file);
  }

  /** Drops the temp file without touching results.json (a run that must leave nothing behind). */
  async discard(): Promise<void> {
    this.#closed = true;
    this.out.destroy();
    await rm(this.temp, { force: true });
  }

  async #flush(): Promise<void> {
    if (this.#batch.length === 0) return;
    const chunk = this.#batch.join("");
    this.#batch = [];
    this.#batchChars = 0;
    await this.#write(chunk);
  }

  /** Writes sanitised text. */
  async #write(chunk: string): Promise<void> {
    if (this.out.write(chunk)) return;
    this.#drain ??= once(this.out, "drain").then(() => {
      this.#drain = undefined;
    });
    await this.#drain;
  }
}
