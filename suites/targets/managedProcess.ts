import { type ChildProcess, spawn } from "node:child_process";
import { registerExitCleanup } from "./exitCleanup.ts";

/** How a child process ended. */
export interface ExitInfo {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A child process we own: its output tail for error messages, and a stop that always ends it. */
export interface ManagedProcess {
  readonly pid: number;
  /** Resolves when the process has exited (never rejects). */
  readonly exited: Promise<ExitInfo>;
  /** Whether it is still running. */
  running(): boolean;
  /** Last lines of stdout and stderr together, for "why did it not start" messages. */
  outputTail(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it is gone. Idempotent. */
  stop(graceMs?: number): Promise<ExitInfo>;
}

/** Options for `spawnManaged`. */
export interface SpawnOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Bytes of output kept for the tail. */
  readonly tailBytes?: number;
}

/** Spawns `command` with output captured and a kill registered for when this process dies first. */
export function spawnManaged(
  command: string,
  args: readonly string[],
  opts: SpawnOptions = {},
): ManagedProcess {
  const child: ChildProcess = spawn(command, args, {
    env: opts.env ?? process.env,
    cwd: opts.cwd,
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: a terminal's Ctrl-C reaches only the suite, which tears down its
    // fixtures on the still-running target before stopping it.
    detached: true,
  });
  const tailBytes = opts.tailBytes ?? 8192;
  let tail = "";
  const keep = (chunk: Buffer): void => {
    tail = (tail + chunk.toString("utf8")).slice(-tailBytes);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exitInfo: ExitInfo | undefined;
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once("error", (error) => {
      keep(Buffer.from(`spawn failed: ${error.message}\n`));
      exitInfo ??= { code: null, signal: null };
      resolve(exitInfo);
    });
    child.once("exit", (code, signal) => {
      exitInfo = { code, signal };
      resolve(exitInfo);
    });
  });
  const unregister = registerExitCleanup(() => {
    if (exitInfo === undefined) child.kill("SIGKILL");
  });
  void exited.then(unregister);

  let stopping: Promise<ExitInfo> | undefined;
  return {
    pid: child.pid ?? -1,
    exited,
    running: () => exitInfo === undefined,
    outputTail: () => tail,
    stop(graceMs = 5_000) {
      stopping ??= (async () => {
        if (exitInfo !== undefined) return exitInfo;
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
        const info = await exited;
        clearTimeout(timer);
        return info;
      })();
      return stopping;
    },
  };
}
