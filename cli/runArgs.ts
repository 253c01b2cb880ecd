/** `lambda-conformance run` flags → validated options; a bad flag is a UsageError (exit 2). */

import { parseArgs } from "node:util";
import { DEFAULT_MODEL } from "../specs/model/defaultModel.ts";
import type { RunChoices } from "../suites/engine/runChoices.ts";
import { DECLARABLE_MODES, type DeclaredMode } from "../suites/safety/accountMode.ts";
import { EMULATOR_NAMES } from "../suites/targets/emulators.ts";
import { RUN_OPTIONS } from "./runOptions.ts";
import { parseShard, type ShardSpec } from "./shardPlan.ts";

export class UsageError extends Error {}

/** The flags' values; the engine's choices (concurrency, transport, replay, shrink) keep their one declaration in `RunChoices`. */
export interface RunArgs
  extends Pick<RunChoices, "concurrency" | "replay">,
    Required<Pick<RunChoices, "transport" | "shrink">> {
  /** An emulator of the table (suites/targets/emulators.ts), or "endpoint". */
  readonly target: string;
  readonly endpoint?: string;
  readonly region?: string;
  readonly allowRealAws: boolean;
  /** With real AWS: also send what creates hourly-billed resources (provisioned concurrency). */
  readonly allowCostly: boolean;
  readonly ops?: string[];
  readonly phases?: string[];
  readonly checks?: string[];
  readonly runs: number;
  readonly seed: number;
  readonly timeoutMs: number;
  readonly out: string;
  readonly baseline?: string;
  readonly failOn: "any" | "new" | "none";
  readonly roleArn?: string;
  readonly model: string;
  /** `--account`; unset, the mode follows from the target (suites/safety/accountMode.ts). */
  readonly account?: DeclaredMode;
  readonly readOnly: boolean;
  readonly dryRun: boolean;
  /** `--shard i/n`: run only this part of the plan (shardPlan.ts). */
  readonly shard?: ShardSpec;
  /** `--max-time`: seconds after which no new case is sent. */
  readonly maxTimeS?: number;
  /** `--max-resources`: refuse a plan that can hold more resources at once (cli/resourceBound.ts). */
  readonly maxResources?: number;
}

function integer(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} must be an integer ≥ ${min}, got "${text}"`);
  return n;
}

function oneOf<T extends string>(name: string, text: string, allowed: readonly T[]): T {
  if (!allowed.includes(text as T))
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, got "${text}"`);
  return text as T;
}

function list(text: string | undefined): string[] | undefined {
  return text === undefined
    ? undefined
    : text
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
}

/** `help: true` when --help was given; otherwise the options. */
export function parseRunArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): RunArgs | { help: true } {
  let values: ReturnType<
    typeof parseArgs<{ options: typeof RUN_OPTIONS; allowPositionals: false }>
  >["values"];
  try {
    values = parseArgs({ args: argv, options: RUN_OPTIONS, allowPositionals: false, strict: true }).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) return { help: true };
  const endpoint = values.endpoint ?? env.AWS_ENDPOINT_URL_LAMBDA ?? env.AWS_ENDPOINT_URL;
  const target = oneOf("target", values.target ?? (endpoint ? "endpoint" : "moto"), [
    ...EMULATOR_NAMES,
    "endpoint",
  ]);
  if (target === "endpoint" && !endpoint && !values["allow-real-aws"])
    throw new UsageError(
      "--target endpoint needs --endpoint URL; with no endpoint the suite would call real AWS, which creates and deletes resources: pass --allow-real-aws to allow it",
    );
  if (endpoint && !URL.canParse(endpoint)) throw new UsageError(`--endpoint is not a URL: "${endpoint}"`);
  const ops = list(values.ops);
  const phases = list(values.phases);
  const replay = values.replay === undefined ? undefined : integer("replay", values.replay, 0);
  const shard = values.shard === undefined ? undefined : shardSpec(values.shard);
  if (shard && replay !== undefined) throw new UsageError("--shard and --replay do not go together");
  if (replay !== undefined && (ops?.length !== 1 || phases?.length !== 1))
    throw new UsageError("--replay needs exactly one --ops and one --phases (the replay line gives them)");
  // An empty string flag (`--region ""`) counts as unset: the truthy spreads below leave it out.
  return {
    target,
    ...(endpoint ? { endpoint } : {}),
    ...(values.region ? { region: values.region } : {}),
    allowRealAws: values["allow-real-aws"],
    allowCostly: values["allow-costly"],
    ops,
    phases,
    ...(values.checks ? { checks: list(values.checks) } : {}),
    runs: integer("runs", values.runs, 1),
    seed: values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : integer("seed", values.seed, 0),
    concurrency: integer("concurrency", values.concurrency, 1),
    timeoutMs: integer("timeout", values.timeout, 1),
    out: values.out,
    transport: oneOf("transport", values.transport, ["auto", "sdk", "raw"]),
    replay,
    ...(values.baseline ? { baseline: values.baseline } : {}),
    failOn: oneOf("fail-on", values["fail-on"], ["any", "new", "none"]),
    ...(values["role-arn"] ? { roleArn: values["role-arn"] } : {}),
    shrink: !values["no-shrink"],
    model: values.model ?? DEFAULT_MODEL,
    account: values.account === undefined ? undefined : oneOf("account", values.account, DECLARABLE_MODES),
    readOnly: values["read-only"] ?? false,
    dryRun: values["dry-run"] ?? false,
    shard,
    maxTimeS: values["max-time"] === undefined ? undefined : maxTime(values["max-time"]),
    maxResources:
      values["max-resources"] === undefined
        ? undefined
        : integer("max-resources", values["max-resources"], 0),
  };
}

/** Node's timers hold at most 2^31-1 ms; a longer one would fire at once. */
const MAX_TIME_S = Math.floor((2 ** 31 - 1) / 1000);

function maxTime(text: string): number {
  const s = integer("max-time", text, 1);
  if (s > MAX_TIME_S) throw new UsageError(`--max-time must be at most ${MAX_TIME_S} seconds, got ${s}`);
  return s;
}

function shardSpec(text: string): ShardSpec {
  try {
    return parseShard(text);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
