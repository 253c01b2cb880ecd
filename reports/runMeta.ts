/** Builds the RunMeta envelope: run id, suite version, model hash, and an endpoint without credentials. */
import { createHash, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { redactUrl } from "../core/redactHeaders.ts";
import { sanitizeDeep } from "../core/sanitize.ts";
import { DEFAULT_MODEL_FILE } from "../specs/model/defaultModel.ts";
import type { RunMeta, TargetInfo } from "./reporter.ts";

const PACKAGE = new URL("../package.json", import.meta.url);

/** What the caller knows; the rest is read from disk. */
export interface RunMetaInput {
  readonly seed: number;
  readonly target: TargetInfo;
  readonly options: Readonly<Record<string, unknown>>;
  readonly region?: string;
  readonly runId?: string;
  readonly startedAt?: string;
  /** The `--model` file the run loaded; defaults to the committed Lambda model. */
  readonly modelPath?: string | URL;
  readonly packageJsonPath?: string | URL;
  /** What the generators could not produce for this run, one line each (planGaps.ts). */
  readonly generatorGaps?: readonly string[];
}

/** sha256 (hex) of a file's bytes. */
export async function sha256File(path: string | URL): Promise<string> {
  return createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
}

/** `endpoint` without user:password and with signing query parameters redacted. */
export function publicEndpoint(endpoint: string): string {
  if (!URL.canParse(endpoint)) return endpoint;
  const url = new URL(redactUrl(endpoint));
  url.username = "";
  url.password = "";
  return url.toString().replace(/\/$/, endpoint.endsWith("/") ? "/" : "");
}

/** The RunMeta of a run starting now. */
export async function createRunMeta(input: RunMetaInput): Promise<RunMeta> {
  const pkg = JSON.parse(await readFile(input.packageJsonPath ?? PACKAGE, "utf8")) as { version?: string };
  return sanitizeDeep({
    runId: input.runId ?? randomUUID(),
    seed: input.seed,
    target: { ...input.target, endpoint: publicEndpoint(input.target.endpoint) },
    suiteVersion: pkg.version ?? "0.0.0",
    modelHash: await sha256File(input.modelPath ?? DEFAULT_MODEL_FILE),
    startedAt: input.startedAt ?? new Date().toISOString(),
    ...(input.region ? { region: input.region } : {}),
    options: input.options,
    ...(input.generatorGaps ? { generatorGaps: input.generatorGaps } : {}),
  });
}
