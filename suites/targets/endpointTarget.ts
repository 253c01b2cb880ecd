import { assertLoopbackOrAllowed } from "./assertLoopbackOrAllowed.ts";
import type { Target } from "./target.ts";

/** A target for an endpoint someone else runs; nothing to stop, but it still passes the loopback guard. */
export function endpointTarget(url: string, opts: { allowRealAws?: boolean; version?: string } = {}): Target {
  assertLoopbackOrAllowed(url, opts.allowRealAws ?? false);
  const endpoint = url.replace(/\/+$/, "");
  return {
    name: "endpoint",
    endpoint,
    ...(opts.version === undefined ? {} : { version: opts.version }),
    stop: async () => {},
  };
}
