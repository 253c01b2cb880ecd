/** Peak resident memory of another process, read from /proc while it runs (Linux). */
import { readFile } from "node:fs/promises";

/** Polls `/proc/<pid>/status` for VmHWM (the kernel's high-water mark) until `stop`; resolves to the peak in bytes. */
export function watchPeakRss(pid: number, everyMs = 200): { stop(): Promise<number> } {
  let peak = 0;
  const read = async (): Promise<void> => {
    const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
    const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1] ?? 0);
    peak = Math.max(peak, kb * 1024);
  };
  const timer = setInterval(() => void read(), everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await read();
      return peak;
    },
  };
}
