/** Whether a pid names a live process; node reaps its exited children, so a stopped one is ESRCH. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
