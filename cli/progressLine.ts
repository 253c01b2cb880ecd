/**
 * Run progress on stderr: on a terminal a bar redrawn in place (cases done of planned, the current
 * operation, rate, time left); elsewhere (CI) a plain line every few seconds. `done()` clears the
 * bar before the final table is printed, so the two never share a line.
 */
export interface ProgressOptions {
  /** Cases planned up front (`plannedCases`). */
  readonly planned: number;
  /** Milliseconds; injectable so tests need no real clock. */
  readonly now?: () => number;
  /** Between plain lines when the stream is not a TTY. */
  readonly plainEveryMs?: number;
}

type ProgressStream = Pick<NodeJS.WriteStream, "write"> & {
  readonly isTTY?: boolean;
  readonly columns?: number;
};

const REDRAW_MS = 100;
const BAR = 24;
/**
 * Time left is shown only once the rate means something: enough cases done (a share of the plan, and a
 * floor) over enough time. Fixture set-up and the first slow operations made the first estimate ~24 hours.
 */
const ETA_MIN_SHARE = 0.05;
const ETA_MIN_CASES = 20;
const ETA_MIN_MS = 3000;

export function progressLine(
  stream: ProgressStream,
  { planned, now = Date.now, plainEveryMs = 5000 }: ProgressOptions,
): { update(done: number, op: string): void; done(): void } {
  const start = now();
  let last = start;
  let shown = false;
  const figures = (done: number) => {
    const seconds = (now() - start) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const settled = done >= Math.max(ETA_MIN_CASES, planned * ETA_MIN_SHARE) && seconds * 1000 >= ETA_MIN_MS;
    const left = settled && rate > 0 && planned > done ? Math.ceil((planned - done) / rate) : undefined;
    return { rate: `${rate.toFixed(1)}/s`, left: left === undefined ? "" : ` · ~${clock(left)} left` };
  };
  return {
    update(done, op) {
      const t = now();
      if (stream.isTTY) {
        if (t - last < REDRAW_MS && shown) return;
        last = t;
        shown = true;
        const share = planned > 0 ? Math.min(1, done / planned) : 0;
        const filled = Math.round(share * BAR);
        const { rate, left } = figures(done);
        const line = `[${"#".repeat(filled)}${"-".repeat(BAR - filled)}] ${done}/${planned} · ${op} · ${rate}${left}`;
        stream.write(`\r\x1b[K${line.slice(0, (stream.columns ?? 120) - 1)}`);
        return;
      }
      if (t - last < plainEveryMs) return;
      last = t;
      const { rate, left } = figures(done);
      stream.write(`lambda-conformance: ${done}/${planned} cases · ${op} · ${rate}${left}\n`);
    },
    done() {
      if (shown) stream.write("\r\x1b[K");
      shown = false;
    },
  };
}

function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  return m > 0 ? `${m}m${String(seconds % 60).padStart(2, "0")}s` : `${seconds}s`;
}
