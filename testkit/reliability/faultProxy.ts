/**
 * A loopback-only HTTP proxy between the suite and a real target that answers a share of requests
 * with a hostile response instead (faultKinds.ts), and counts what it did.
 */
import { once } from "node:events";
import http from "node:http";
import type { Socket } from "node:net";
import { isLoopbackHost } from "../../suites/targets/assertLoopbackOrAllowed.ts";
import { FAULT_KINDS, type FaultKind, pickFault } from "./faultKinds.ts";
import { writeFault } from "./faultResponses.ts";
import { forward, readRequest, writeAnswer } from "./upstream.ts";

/** How the proxy behaves. */
export interface FaultProxyOptions {
  /** The real target, a loopback URL. */
  readonly target: string;
  /** Share of eligible requests answered with a fault, 0..1. */
  readonly faultRate: number;
  readonly seed: number;
  /** Which requests may get a fault; the rest pass through (fixtures and teardown must reach the target). */
  readonly eligible?: (method: string, path: string) => boolean;
  /** Only these kinds (default all). */
  readonly kinds?: readonly FaultKind[];
}

/** What the proxy did so far. */
export interface FaultCounts {
  readonly requests: number;
  readonly passedThrough: number;
  readonly faults: Readonly<Record<FaultKind, number>>;
  /** Requests that followed a redirect to the canary: must stay 0. */
  readonly redirectsFollowed: number;
}

/** A running proxy. */
export interface FaultProxy {
  readonly endpoint: string;
  counts(): FaultCounts;
  /** Every distinct Authorization value the suite sent: the secrets test looks for them in every output. */
  authorizations(): readonly string[];
  close(): Promise<void>;
}

/** Small deterministic PRNG (mulberry32): the same seed injects the same faults in the same order. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function listen(server: http.Server): Promise<string> {
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  if (!address || typeof address !== "object") throw new Error("fault proxy: no address");
  return `http://127.0.0.1:${address.port}`;
}

/** Starts the proxy on 127.0.0.1; refuses a target that is not loopback. */
export async function startFaultProxy(opts: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(opts.target);
  if (!isLoopbackHost(target.hostname))
    throw new Error(`fault proxy: target must be loopback, got ${target.host}`);
  const kinds = opts.kinds ?? FAULT_KINDS;
  const rng = random(opts.seed);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const faults = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  let requests = 0;
  let passedThrough = 0;
  let redirectsFollowed = 0;
  const sockets = new Set<Socket>();
  const seenAuthorizations = new Set<string>();

  const canary = http.createServer((req, res) => {
    redirectsFollowed++;
    res.writeHead(418).end();
    req.resume();
  });
  const redirectTo = `${await listen(canary)}/followed-a-redirect`;

  const server = http.createServer(async (req, res) => {
    const n = requests++;
    if (typeof req.headers.authorization === "string") seenAuthorizations.add(req.headers.authorization);
    const fwd = await readRequest(req);
    const upstream = () => forward(target, fwd, agent);
    const eligible = opts.eligible?.(fwd.method, fwd.url.split("?")[0] ?? "/") ?? true;
    const roll = rng();
    const kind = eligible && roll < opts.faultRate ? pickFault(rng(), kinds) : undefined;
    if (kind) {
      faults[kind]++;
      await writeFault(kind, { socket: req.socket, requestHeaders: req.headers, upstream, redirectTo, n });
      return;
    }
    passedThrough++;
    // The target is gone: the client must see a dropped connection, as it would without the proxy.
    await upstream().then(
      (up) => writeAnswer(res, up),
      () => req.socket.destroy(),
    );
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("error", () => {});
    s.on("close", () => sockets.delete(s));
  });
  server.on("clientError", (_e, s) => s.destroy());
  const endpoint = await listen(server);

  return {
    endpoint,
    counts: () => ({ requests, passedThrough, faults: { ...faults }, redirectsFollowed }),
    authorizations: () => [...seenAuthorizations],
    async close() {
      for (const s of sockets) s.destroy();
      agent.destroy();
      await Promise.all([new Promise((r) => server.close(r)), new Promise((r) => canary.close(r))]);
    },
  };
}
