/** One writer per fault kind: each answers on the raw socket and leaves it closed (or closing). */
import type { Socket } from "node:net";
import type { FaultKind } from "./faultKinds.ts";
import { pause, rawHead, writeAndWait } from "./rawHttp.ts";
import type { UpstreamAnswer } from "./upstream.ts";

/** What a fault writer may use: the client socket, the real answer on demand, where redirects point. */
export interface FaultContext {
  readonly socket: Socket;
  /** The request's headers as received (credentials included): a hostile target may echo them. */
  readonly requestHeaders: Readonly<Record<string, string | string[] | undefined>>;
  readonly upstream: () => Promise<UpstreamAnswer>;
  /** A loopback URL that counts hits: a client that follows a redirect shows up there. */
  readonly redirectTo: string;
  /** Sequence number of the request, to vary statuses. */
  readonly n: number;
}

type Headers = [string, string][];

const JSON_TYPE: [string, string] = ["Content-Type", "application/json"];
const CLOSE: [string, string] = ["Connection", "close"];

/** Headers of a real answer minus the framing ones, which each fault sets itself. */
function realHeaders(up: UpstreamAnswer): Headers {
  return up.headers
    .filter(([k]) => !/^(content-length|transfer-encoding|connection|keep-alive)$/i.test(k))
    .map(([k, v]) => [k, v]);
}

async function send(
  s: Socket,
  status: number,
  reason: string,
  headers: Headers,
  body: Buffer,
): Promise<void> {
  await writeAndWait(s, Buffer.concat([rawHead(status, reason, headers), body]));
  s.end();
}

/** Streams `size` bytes of a JSON-looking body with backpressure; stops when the client hangs up. */
async function bigBody(s: Socket, size: number): Promise<void> {
  await writeAndWait(s, rawHead(200, "OK", [JSON_TYPE, ["Content-Length", String(size)], CLOSE]));
  const block = Buffer.alloc(64 * 1024, '{"FunctionName":"x"},');
  for (let sent = 0; sent < size; sent += block.length) {
    if (!(await writeAndWait(s, block.subarray(0, Math.min(block.length, size - sent))))) return;
  }
  s.end();
}

/** A chunked body that trickles forever (1 KiB every 20 ms) until the client gives up. */
async function endless(s: Socket): Promise<void> {
  await writeAndWait(s, rawHead(200, "OK", [JSON_TYPE, ["Transfer-Encoding", "chunked"], CLOSE]));
  const chunk = Buffer.from(`400\r\n${"[".repeat(1024)}\r\n`);
  while ((await writeAndWait(s, chunk)) && (await pause(s, 20))) {}
}

const WRITERS: Readonly<Record<FaultKind, (c: FaultContext) => Promise<void>>> = {
  nonJson: ({ socket }) =>
    send(
      socket,
      200,
      "OK",
      [["Content-Type", "text/html"], CLOSE],
      Buffer.from("<html><h1>502 Bad Gateway</h1></html>"),
    ),
  truncatedJson: async ({ socket, upstream }) => {
    const up = await upstream();
    const cut =
      up.body.length > 1 ? up.body.subarray(0, Math.floor(up.body.length / 2)) : Buffer.from('{"Fu');
    await send(
      socket,
      up.status,
      "Cut",
      [...realHeaders(up), ["Content-Length", String(cut.length)], CLOSE],
      cut,
    );
  },
  emptyJsonBody: ({ socket }) =>
    send(socket, 200, "OK", [JSON_TYPE, ["Content-Length", "0"], CLOSE], Buffer.alloc(0)),
  body10MB: ({ socket }) => bigBody(socket, 10 * 1024 * 1024),
  body100MB: ({ socket }) => bigBody(socket, 100 * 1024 * 1024),
  endlessBody: ({ socket }) => endless(socket),
  // Say nothing; the client's deadline must end it. The socket is dropped when the client hangs up.
  stallBeforeHeaders: async ({ socket }) => {
    if (await pause(socket, 60_000)) socket.destroy();
  },
  connectionReset: async ({ socket }) => {
    socket.resetAndDestroy();
  },
  contentLengthTooLong: async ({ socket, upstream }) => {
    const up = await upstream();
    const headers: Headers = [...realHeaders(up), ["Content-Length", String(up.body.length + 1000)], CLOSE];
    await send(socket, up.status, "Short", headers, up.body);
  },
  contentLengthTooShort: async ({ socket, upstream }) => {
    const up = await upstream();
    const headers: Headers = [
      ...realHeaders(up),
      ["Content-Length", String(Math.floor(up.body.length / 2))],
      CLOSE,
    ];
    await send(socket, up.status, "Long", headers, up.body);
  },
  invalidUtf8: async ({ socket, upstream }) => {
    const up = await upstream();
    // Lone continuation bytes, an overlong sequence and a UTF-16 surrogate, inside a JSON string member.
    const bad = Buffer.concat([
      Buffer.from('{"Junk":"'),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
      Buffer.from('",'),
    ]);
    const body =
      up.body[0] === 0x7b
        ? Buffer.concat([bad, up.body.subarray(1)])
        : Buffer.concat([bad.subarray(0, -1), Buffer.from("}")]);
    await send(
      socket,
      up.status,
      "OK",
      [...realHeaders(up), ["Content-Length", String(body.length)], CLOSE],
      body,
    );
  },
  duplicateHeaders: async ({ socket, upstream }) => {
    const up = await upstream();
    const headers: Headers = [
      ...realHeaders(up),
      ["Content-Type", "text/plain"],
      ["x-amzn-RequestId", "11111111-2222-3333-4444-555555555555"],
      ["X-Amzn-ErrorType", "InternalFailure"],
      ["X-Amzn-ErrorType", "ResourceNotFoundException"],
      ["Content-Length", String(up.body.length)],
      CLOSE,
    ];
    await send(socket, up.status, "OK", headers, up.body);
  },
  informational1xx: async ({ socket, upstream }) => {
    const up = await upstream();
    await writeAndWait(socket, rawHead(100, "Continue", []));
    await writeAndWait(socket, rawHead(103, "Early Hints", [["Link", "</x>; rel=preload"]]));
    await send(
      socket,
      up.status,
      "OK",
      [...realHeaders(up), ["Content-Length", String(up.body.length)], CLOSE],
      up.body,
    );
  },
  switchingProtocols101: async ({ socket }) => {
    await writeAndWait(
      socket,
      rawHead(101, "Switching Protocols", [
        ["Upgrade", "h2c"],
        ["Connection", "Upgrade"],
      ]),
    );
    await writeAndWait(socket, Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\u0000\u0000"));
    socket.end();
  },
  redirect3xx: ({ socket, redirectTo, n }) => {
    const status = [301, 302, 307, 308][n % 4] as number;
    return send(
      socket,
      status,
      "Moved",
      [["Location", redirectTo], JSON_TYPE, ["Content-Length", "2"], CLOSE],
      Buffer.from("{}"),
    );
  },
  throttle429: ({ socket }) => {
    const body = Buffer.from('{"Type":"User","message":"Rate exceeded","Reason":"CallerRateLimitExceeded"}');
    const headers: Headers = [
      JSON_TYPE,
      ["X-Amzn-ErrorType", "TooManyRequestsException"],
      ["Content-Length", String(body.length)],
      CLOSE,
    ];
    return send(socket, 429, "Too Many Requests", headers, body);
  },
  unavailable503: ({ socket }) => {
    const body = Buffer.from('{"message":"Service Unavailable"}');
    return send(
      socket,
      503,
      "Service Unavailable",
      [JSON_TYPE, ["Content-Length", String(body.length)], CLOSE],
      body,
    );
  },
  // A target that reflects the caller's signed headers: the reports must still never show a credential.
  echoRequestHeaders: ({ socket, requestHeaders }) => {
    const auth = String(requestHeaders.authorization ?? "");
    const body = Buffer.from(JSON.stringify({ message: `echo ${auth}`, headers: requestHeaders }));
    const headers: Headers = [
      JSON_TYPE,
      ["X-Echo-Authorization", auth],
      ["Content-Length", String(body.length)],
      CLOSE,
    ];
    return send(socket, 400, "Bad Request", headers, body);
  },
};

/** Answers with fault `kind`; never rejects (a fault that fails just drops the connection). */
export async function writeFault(kind: FaultKind, ctx: FaultContext): Promise<void> {
  try {
    await WRITERS[kind](ctx);
  } catch {
    ctx.socket.destroy();
  }
}
