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
  runAll();
  // Keep the default meaning of the signal (terminate) once our children are dead.
  process.off(signal, onSignal);
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
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
