/** A loopback pass-through proxy that records the method and path of every request it forwards. */
import http from "node:http";
import { type LoopbackServer, startLoopbackServer } from "../loopbackServer.ts";
import { forward, readRequest, writeAnswer } from "../reliability/upstream.ts";

export interface CountingProxy extends LoopbackServer {
  /** `METHOD /path` of every request so far, in arrival order. */
  readonly seen: readonly string[];
}

export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  const seen: string[] = [];
  const server = await startLoopbackServer(async (req, res) => {
    const request = await readRequest(req);
    seen.push(`${request.method} ${request.url}`);
    try {
      writeAnswer(res, await forward(upstream, request, agent));
    } catch {
      res.writeHead(502).end();
    }
  });
  return {
    endpoint: server.endpoint,
    seen,
    close() {
      server.close();
      agent.destroy();
    },
  };
}
