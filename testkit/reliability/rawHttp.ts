/** Writing HTTP/1.1 by hand, so the fault proxy can say what no well-behaved server library would. */
import type { Socket } from "node:net";

/** A status line and header lines (names repeated as given) plus the blank line. */
export function rawHead(
  status: number,
  reason: string,
  headers: readonly (readonly [string, string])[],
): Buffer {
  const lines = [`HTTP/1.1 ${status} ${reason}`, ...headers.map(([k, v]) => `${k}: ${v}`), "", ""];
  return Buffer.from(lines.join("\r\n"), "latin1");
}

/** Writes `chunk`, resolving once the socket can take more (backpressure) or is gone; false when gone. */
export function writeAndWait(socket: Socket, chunk: Buffer): Promise<boolean> {
  if (socket.destroyed) return Promise.resolve(false);
  if (socket.write(chunk)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => () => {
      socket.off("drain", onDrain);
      socket.off("close", onClose);
      resolve(ok);
    };
    const onDrain = done(true);
    const onClose = done(false);
    socket.once("drain", onDrain);
    socket.once("close", onClose);
  });
}

/** Resolves after `ms`, or at once when the socket closes; false when it closed. */
export function pause(socket: Socket, ms: number): Promise<boolean> {
  if (socket.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onClose = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      socket.off("close", onClose);
      resolve(true);
    }, ms);
    socket.once("close", onClose);
  });
}
