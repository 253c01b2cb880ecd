/** A live progress line on a TTY; silent elsewhere so CI logs stay readable. */
export function progressLine(stream: NodeJS.WriteStream): {
  update(done: number, op: string): void;
  done(): void;
} {
  let last = 0;
  let shown = false;
  return {
    update(done, op) {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      stream.write(`\r\x1b[K${done} cases · ${op}`);
    },
    done() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}
