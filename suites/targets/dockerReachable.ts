import http from "node:http";
import { isLoopbackHost } from "./assertLoopbackOrAllowed.ts";

/** Where the Docker engine API would be: a unix socket, or a loopback TCP address; else undefined. */
export function dockerApiAddress(
  env: Readonly<Record<string, string | undefined>> = process.env,
): { socketPath: string } | { host: string; port: number } | undefined {
  const dockerHost = env.DOCKER_HOST;
  if (!dockerHost) return { socketPath: "/var/run/docker.sock" };
  if (dockerHost.startsWith("unix://")) return { socketPath: dockerHost.slice("unix://".length) };
  if (dockerHost.startsWith("tcp://") && URL.canParse(dockerHost.replace(/^tcp/, "http"))) {
    const url = new URL(dockerHost.replace(/^tcp/, "http"));
    // A remote engine would mean traffic off this machine; never probe it.
    if (isLoopbackHost(url.hostname)) return { host: url.hostname, port: Number(url.port || 2375) };
  }
  return undefined;
}

/** True when a Docker engine answers `GET /_ping` with OK within `timeoutMs`; never throws. */
export function dockerEngineReachable(
  env: Readonly<Record<string, string | undefined>> = process.env,
  timeoutMs = 1_000,
): Promise<boolean> {
  const address = dockerApiAddress(env);
  if (!address) return Promise.resolve(false);
  return new Promise((resolve) => {
    const request = http.get({ ...address, path: "/_ping", timeout: timeoutMs }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      response.on("end", () => resolve(response.statusCode === 200 && body.trim() === "OK"));
      response.on("error", () => resolve(false));
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(false));
  });
}
