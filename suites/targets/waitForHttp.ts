import type { ManagedProcess } from "./managedProcess.ts";

/** Options for `waitForHttp`. */
export interface WaitOptions {
  readonly timeoutMs: number;
  readonly intervalMs?: number;
  /** What counts as ready; default any HTTP answer below 500. */
  readonly ready?: (response: Response) => boolean | Promise<boolean>;
  /** The server being awaited; if it exits, waiting stops at once with its output. */
  readonly process?: ManagedProcess;
  /** Name used in error messages. */
  readonly what?: string;
}

/** Polls `url` until it answers as ready; throws with the process's output tail if it exits or the deadline passes. */
export async function waitForHttp(url: string, opts: WaitOptions): Promise<void> {
  const what = opts.what ?? url;
  const deadline = Date.now() + opts.timeoutMs;
  const ready = opts.ready ?? ((response: Response) => response.status < 500);
  let lastError = "no attempt yet";
  while (Date.now() < deadline) {
    if (opts.process && !opts.process.running()) {
      const info = await opts.process.exited;
      throw new Error(
        `${what} exited before it was ready (code ${info.code}, signal ${info.signal}); output tail:\n` +
          opts.process.outputTail(),
      );
    }
    try {
      const response = await fetch(url, {
        signal: AbortSignal.timeout(Math.max(250, deadline - Date.now())),
      });
      if (await ready(response)) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, opts.intervalMs ?? 100));
  }
  throw new Error(
    `${what} not ready within ${opts.timeoutMs} ms (last: ${lastError})` +
      (opts.process ? `; output tail:\n${opts.process.outputTail()}` : ""),
  );
}
