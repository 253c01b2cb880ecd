/** A throwaway HTTP server on 127.0.0.1 for specs that need a target with one known behaviour. */
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";

export interface LoopbackServer {
  readonly endpoint: string;
  close(): void;
}

export async function startLoopbackServer(handler: RequestListener): Promise<LoopbackServer> {
  const server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close() {
      // Open keep-alive or never-answered connections would hold the server open.
      server.closeAllConnections();
      server.close();
    },
  };
}
