/** Runs the real CLI (`bin/lambda-conformance.js`) as a child process, as a user would, and captures what it says. */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/lambda-conformance.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** How the child ended and what it printed (stderr kept to its last 256 KiB: the progress line repeats). */
export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** True when it had to be killed at the deadline. */
  readonly hung: boolean;
  readonly ms: number;
}

/** A started CLI run: the child, and its end. */
export interface CliRun {
  readonly child: ChildProcess;
  /** Resolves once `text` appears on stderr (e.g. the "target … at" line printed once fixtures exist). */
  waitForStderr(text: string | RegExp): Promise<void>;
  readonly done: Promise<CliResult>;
}

const KEEP = 256 * 1024;

/** Spawns `lambda-conformance <args>`; SIGKILLs it after `deadlineMs` and reports it as hung. */
export function runCli(
  args: readonly string[],
  opts: {
    env?: NodeJS.ProcessEnv;
    deadlineMs: number;
    /** Node arguments that start the CLI instead of `bin/lambda-conformance.js` (the bench's stats wrapper). */
    entry?: readonly string[];
  },
): CliRun {
  const started = Date.now();
  const child = spawn(process.execPath, [...(opts.entry ?? [BIN]), ...args], {
    cwd: ROOT,
    env: opts.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const waiters: { text: string | RegExp; resolve: () => void }[] = [];
  child.stdout?.setEncoding("utf8").on("data", (d: string) => {
    stdout = (stdout + d).slice(-KEEP);
  });
  child.stderr?.setEncoding("utf8").on("data", (d: string) => {
    stderr = (stderr + d).slice(-KEEP);
    for (const w of [...waiters])
      if (typeof w.text === "string" ? stderr.includes(w.text) : w.text.test(stderr)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
  });
  let hung = false;
  const timer = setTimeout(() => {
    hung = true;
    child.kill("SIGKILL");
  }, opts.deadlineMs);
  const done = new Promise<CliResult>((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, hung, ms: Date.now() - started });
    });
  });
  return {
    child,
    done,
    waitForStderr: (text) =>
      new Promise<void>((resolve, reject) => {
        if (typeof text === "string" ? stderr.includes(text) : text.test(stderr)) return resolve();
        waiters.push({ text, resolve });
        void done.then(() =>
          reject(new Error(`CLI ended before printing ${String(text)}:\n${stderr.slice(-2000)}`)),
        );
      }),
  };
}
