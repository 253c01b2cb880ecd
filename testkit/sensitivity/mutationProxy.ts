/**
 * A loopback-only HTTP proxy between the suite and a real emulator that bends the emulator's real
 * answers by one chosen mutation (mutations.ts) and passes everything else through unchanged. In front
 * of the emulator it refuses what AWS refuses (awsFront.ts), unless the mutation lifts that guard.
 */
import { once } from "node:events";
import http from "node:http";
import type { Socket } from "node:net";
import { isLoopbackHost } from "../../suites/targets/assertLoopbackOrAllowed.ts";
import { forward, readRequest, writeAnswer } from "../reliability/upstream.ts";
import { awsFront } from "./awsFront.ts";
import { type Answer, type Mutation, mutationApplies } from "./mutations.ts";

/** A running proxy; `mutate` chooses the one mutation applied from now on (undefined: none). */
export interface MutationProxy {
  readonly endpoint: string;
  mutate(mutation: Mutation | undefined): void;
  /** Answers bent since the last `mutate`: a mutation that bent nothing tested nothing. */
  bent(): number;
  close(): Promise<void>;
}

/** The bent answer, or undefined when this answer has nothing to bend (a list without items). */
function tryMutate(mutation: Mutation, answer: Answer): Answer | undefined {
  try {
    return mutation.mutate(answer);
  } catch {
    return undefined;
  }
}

/** Starts the proxy on 127.0.0.1; refuses a target that is not loopback. */
export async function startMutationProxy(targetUrl: string): Promise<MutationProxy> {
  const target = new URL(targetUrl);
  if (!isLoopbackHost(target.hostname))
    throw new Error(`mutation proxy: target must be loopback, got ${target.host}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const sockets = new Set<Socket>();
  let current: Mutation | undefined;
  let bent = 0;

  const server = http.createServer(async (req, res) => {
    const fwd = await readRequest(req);
    const mutation = current;
    const refused = awsFront(fwd, mutation?.lifts);
    if (refused) return void writeAnswer(res, refused);
    // The emulator is gone: the client sees a dropped connection, as it would without the proxy.
    const up = await forward(target, fwd, agent).catch(() => undefined);
    if (!up) return void req.socket.destroy();
    const path = decodeURIComponent(fwd.url.split("?")[0] ?? "/");
    const answer = { status: up.status, headers: up.headers, body: up.body.toString("utf8") };
    const bentAnswer =
      mutation && mutationApplies(mutation, fwd.method, path, up.status)
        ? tryMutate(mutation, answer)
        : undefined;
    if (bentAnswer || (mutation?.lifts && awsFront(fwd, undefined))) bent++;
    writeAnswer(res, bentAnswer ?? up);
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("error", () => {});
    s.on("close", () => sockets.delete(s));
  });
  server.on("clientError", (_e, s) => s.destroy());
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  if (!address || typeof address !== "object") throw new Error("mutation proxy: no address");

  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    mutate(mutation) {
      current = mutation;
      bent = 0;
    },
    bent: () => bent,
    async close() {
      for (const s of sockets) s.destroy();
      agent.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}
