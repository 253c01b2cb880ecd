/** Synchronous kills to run if this process ends before the targets were stopped normally. */
const pending = new Set<() => void>();
let installed = false;

function runAll(): void {
  for (const kill of pending) {
    try {
      kill();
    } catch {
      // Already gone: nothing left to clean.
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  // Someone else handles the signal (the CLI tears down fixtures, which needs the target alive, then
  // stops it): leave the children to them; the 'exit' hook still kills whatever is left.
  if (process.listenerCount(signal) > 0) {
    process.once(signal, onSignal);
    return;
  }
  runAll();
  // Keep the default meaning of the signal (terminate) once our children are dead.
  process.kill(process.pid, signal);
}

/** Registers `kill` to run on exit, crash or SIGINT/SIGTERM/SIGHUP; returns the unregister function. */
export function registerExitCleanup(kill: () => void): () => void {
  if (!installed) {
    installed = true;
    // 'exit' also fires after an uncaught exception; only synchronous work runs there, hence kill().
    process.once("exit", runAll);
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, onSignal);
  }
  pending.add(kill);
  return () => {
    pending.delete(kill);
  };
}
