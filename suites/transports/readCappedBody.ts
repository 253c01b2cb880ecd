import type { Readable } from "node:stream";

/** Bytes read from a stream, and whether reading stopped at the cap. */
export interface CappedBody {
  readonly bytes: Buffer;
  readonly truncated: boolean;
}

/**
 * Reads at most `maxBytes` of `stream`; past the cap it stops and destroys the stream, so a huge or
 * endless body costs at most the cap in memory. Rejects with the stream's error or `signal`'s reason.
 */
export function readCappedBody(
  stream: Readable,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<CappedBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (truncated: boolean): void => {
      cleanup();
      resolve({ bytes: Buffer.concat(chunks, Math.min(size, maxBytes)), truncated });
    };
    const fail = (error: unknown): void => {
      cleanup();
      discard(stream);
      reject(error);
    };
    const onAbort = (): void => fail(signal?.reason);
    const onData = (chunk: Buffer | string): void => {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      const room = maxBytes - size;
      chunks.push(buf.length > room ? buf.subarray(0, room) : buf);
      size += Math.min(buf.length, room);
      if (buf.length > room) {
        finish(true);
        discard(stream);
      }
    };
    const onEnd = (): void => finish(false);
    const cleanup = (): void => {
      stream.off("data", onData);
      stream.off("end", onEnd);
      stream.off("error", fail);
      signal?.removeEventListener("abort", onAbort);
    };
    if (signal?.aborted) return fail(signal.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    stream.on("data", onData);
    stream.on("end", onEnd);
    stream.on("error", fail);
  });
}

/** Destroys a stream we stopped reading; late errors from the torn-down socket are expected, not crashes. */
function discard(stream: Readable): void {
  stream.on("error", () => {});
  stream.destroy();
}
