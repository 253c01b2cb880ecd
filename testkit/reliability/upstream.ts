/** Forwards one request to the real target and reads its whole (small) answer, for faults that bend a real response. */
import http from "node:http";

/** A real answer from the target, read in full. */
export interface UpstreamAnswer {
  readonly status: number;
  /** Raw header pairs as received (names with original case). */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Buffer;
}

/** The part of an incoming request the proxy forwards. */
export interface ForwardedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** Sends `req` to `target` (a loopback URL) and resolves with its answer; rejects on a transport error. */
export function forward(target: URL, req: ForwardedRequest, agent: http.Agent): Promise<UpstreamAnswer> {
  return new Promise((resolve, reject) => {
    const out = http.request(
      {
        agent,
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 502,
            headers: pairs(res.rawHeaders),
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    out.setTimeout(30_000, () => out.destroy(new Error("upstream timeout")));
    out.on("error", reject);
    out.end(req.body);
  });
}

function pairs(raw: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i] as string, raw[i + 1] as string]);
  return out;
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Reads the whole incoming request as the proxy forwards it (an aborted body forwards as empty). */
export async function readRequest(req: http.IncomingMessage): Promise<ForwardedRequest> {
  const body = await readBody(req).catch(() => Buffer.alloc(0));
  return { method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers, body };
}

/** Hop-by-hop and length headers: the proxy writes its own. */
const OWN_HEADERS = /^(content-length|transfer-encoding|connection|keep-alive)$/i;

/** Writes an answer (the target's, or one bent from it) with its own Content-Length. */
export function writeAnswer(
  res: http.ServerResponse,
  a: { readonly status: number; readonly headers: UpstreamAnswer["headers"]; readonly body: string | Buffer },
): void {
  const body = typeof a.body === "string" ? Buffer.from(a.body) : a.body;
  const headers = a.headers.filter(([k]) => !OWN_HEADERS.test(k));
  res.writeHead(a.status, [...headers.flat(), "Content-Length", String(body.length)]);
  res.end(body);
}
