/** A loopback proxy that forwards every request to the target unchanged and keeps a copy of each, in order of arrival. */
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { type ForwardedRequest, forward, readRequest, writeAnswer } from "../testkit/reliability/upstream.ts";

export interface RecordingProxy {
  readonly endpoint: string;
  readonly recorded: readonly ForwardedRequest[];
  close(): Promise<void>;
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  const recorded: ForwardedRequest[] = [];
  const server = http.createServer(async (req, res) => {
    const request = await readRequest(req);
    recorded.push(request);
    try {
      writeAnswer(res, await forward(upstream, request, agent));
    } catch (e) {
      res.writeHead(502).end((e as Error).message);
    }
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    recorded,
    async close() {
      server.closeAllConnections();
      server.close();
      agent.destroy();
    },
  };
}
