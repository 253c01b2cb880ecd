/**
 * The one table of `run` options: `parseArgs` reads `type`/`short`/`default`, `help.ts` renders
 * `section`, `arg` and `text`, so the help cannot drift from what the parser accepts.
 */
import { DEFAULT_MODEL } from "../specs/model/defaultModel.ts";
import { ALL_PHASES } from "../suites/engine/plan.ts";
import { DECLARABLE_MODES } from "../suites/safety/accountMode.ts";
import { EMULATOR_NAMES, EMULATORS } from "../suites/targets/emulators.ts";

export type HelpSection = "Targets (run)" | "What to run" | "Execution and output";

/** The order sections appear in the help. */
export const HELP_SECTIONS: readonly HelpSection[] = ["Targets (run)", "What to run", "Execution and output"];

export const RUN_OPTIONS = {
  target: {
    type: "string",
    section: "Targets (run)",
    arg: [...EMULATOR_NAMES, "endpoint"].join("|"),
    text: [
      "default: moto; an emulator is started on a free loopback port and",
      "stopped after; endpoint is --endpoint's URL",
      ...EMULATORS.map(
        (e) =>
          `${e.name.padEnd(11)} ${e.setup === "onRequest" ? `only after \`${e.installCommand}\` (a long build)` : "installed on first use"}; ${e.license}`,
      ),
    ].join("\n"),
  },
  endpoint: {
    type: "string",
    section: "Targets (run)",
    arg: "URL",
    text: "any endpoint (also AWS_ENDPOINT_URL_LAMBDA, AWS_ENDPOINT_URL)",
  },
  region: {
    type: "string",
    section: "Targets (run)",
    arg: "NAME",
    text: "default: AWS_REGION, else us-east-1",
  },
  "allow-real-aws": {
    type: "boolean",
    default: false,
    section: "Targets (run)",
    text: "allow calls to real AWS (creates and deletes resources)",
  },
  "allow-costly": {
    type: "boolean",
    default: false,
    section: "Targets (run)",
    text: "with real AWS, also create hourly-billed resources\n(provisioned concurrency; skipped otherwise)",
  },
  account: {
    type: "string",
    section: "Targets (run)",
    arg: DECLARABLE_MODES.join("|"),
    text: [
      "whose account it is; default: owned for a started emulator,",
      "shared for --endpoint and real AWS (changing requests name only",
      "what the run created or read as absent; the rest is skipped);",
      "disposable lifts that: anything there may be changed or deleted",
    ].join("\n"),
  },
  "read-only": {
    type: "boolean",
    default: false,
    section: "Targets (run)",
    text: "send only operations that change nothing, in every phase;\nno fixtures (a safe probe of a production account)",
  },
  "dry-run": {
    type: "boolean",
    default: false,
    section: "Targets (run)",
    text: "print what the run would send and create, send nothing",
  },
  "max-resources": {
    type: "string",
    section: "Targets (run)",
    arg: "N",
    text: "refuse to start when the plan can hold more than N resources\nat once (the bound is in the run header and --dry-run)",
  },
  "role-arn": {
    type: "string",
    section: "Targets (run)",
    arg: "ARN",
    text: "execution role for fixtures on real AWS",
  },
  model: {
    type: "string",
    section: "What to run",
    arg: "FILE",
    text: `Smithy JSON AST to test against (default: ${DEFAULT_MODEL})`,
  },
  ops: { type: "string", section: "What to run", arg: "A,B", text: "operations (default: all of the model)" },
  phases: {
    type: "string",
    section: "What to run",
    arg: ALL_PHASES.join(","),
    text: `default: all ${ALL_PHASES.length}`,
  },
  checks: { type: "string", section: "What to run", arg: "name,…", text: "default: all checks" },
  runs: {
    type: "string",
    default: "20",
    section: "What to run",
    arg: "N",
    text: "generated cases per operation and phase (default 20)",
  },
  seed: {
    type: "string",
    section: "What to run",
    arg: "N",
    text: "makes the run reproducible (printed at the start)",
  },
  shard: {
    type: "string",
    section: "What to run",
    arg: "i/n",
    text: "run part i of n (one CI job each); `merge` joins the parts\n(docs/ci-recipe.md)",
  },
  replay: {
    type: "string",
    section: "What to run",
    arg: "PATH",
    text: "resend one case: use the replay line from a report",
  },
  transport: {
    type: "string",
    default: "auto",
    section: "What to run",
    arg: "auto|sdk|raw",
    text: "auto: valid cases via the SDK, invalid ones via raw HTTP",
  },
  "no-shrink": {
    type: "boolean",
    default: false,
    section: "What to run",
    text: "do not shrink failures to a minimal request",
  },
  concurrency: {
    type: "string",
    default: "8",
    section: "Execution and output",
    arg: "N",
    text: "requests in flight (default 8)",
  },
  timeout: {
    type: "string",
    default: "30000",
    section: "Execution and output",
    arg: "MS",
    text: "per request, headers and body (default 30000)",
  },
  out: {
    type: "string",
    default: "reports/out",
    section: "Execution and output",
    arg: "DIR",
    text: "results.json, junit.xml, report.md, report.html (default reports/out)",
  },
  baseline: {
    type: "string",
    section: "Execution and output",
    arg: "FILE",
    text: "findings to compare with, for --fail-on new",
  },
  "fail-on": {
    type: "string",
    default: "any",
    section: "Execution and output",
    arg: "any|new|none",
    text: 'gate: "new" exits 1 only for findings absent from the baseline;\n"none" reports without gating',
  },
  "max-time": {
    type: "string",
    section: "Execution and output",
    arg: "SECONDS",
    text: "stop sending new cases after SECONDS and report what was covered\n(the cases covered depend on the target's speed)",
  },
  help: { type: "boolean", short: "h", default: false, section: "Execution and output", text: "this text" },
} as const;
