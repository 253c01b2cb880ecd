// Default imports, looked up per call: request interceptors (nock) patch the module object, not ESM bindings.
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { Hash } from "@smithy/hash-node";
import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentity } from "@smithy/types";
import { redactHeaders, redactUrl } from "../../core/redactHeaders.ts";
import {
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_TIMEOUT_MS,
  type RecordedRequest,
  type TransportResponse,
} from "../../core/transportResponse.ts";
import { assertLoopbackOrAllowed } from "../targets/assertLoopbackOrAllowed.ts";
import { classifyError } from "./classifyError.ts";
import { resolveClientConfig } from "./clientConfig.ts";
import { defaultCredentials } from "./defaultCredentials.ts";
import { readCappedBody } from "./readCappedBody.ts";
import { toHttpRequest } from "./toHttpRequest.ts";

/** A request exactly as it should go on the wire; `path` is sent as given (already percent-encoded). */
export interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly query?: Readonly<Record<string, string | readonly string[]>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

/** Where and how to send raw requests; unset fields fall back to the environment. */
export interface RawTransportOptions {
  readonly endpoint?: string;
  readonly region?: string;
  readonly credentials?: AwsCredentialIdentity;
  /** SigV4 signing name (`aws.auth#sigv4`). */
  readonly signingName?: string;
  /** Skip SigV4, to test how a target treats unsigned requests. */
  readonly unsigned?: boolean;
  readonly allowRealAws?: boolean;
  readonly timeoutMs?: number;
  readonly maxBodyBytes?: number;
}

/** Sends requests the SDK refuses to build (wrong types, malformed JSON, empty labels); never throws. */
export interface RawTransport {
  send(request: RawRequest): Promise<TransportResponse>;
  /** Closes pooled sockets. */
  close(): void;
}

/** Builds a raw SigV4 transport; throws only for configuration errors (no or refused endpoint). */
export function createRawTransport(opts: RawTransportOptions = {}): RawTransport {
  const config = resolveClientConfig(opts);
  assertLoopbackOrAllowed(config.endpoint, opts.allowRealAws ?? false);
  if (config.endpoint === undefined) throw new Error("rawTransport: an endpoint is required");
  const base = new URL(config.endpoint);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const secure = base.protocol === "https:";
  const agent = secure ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
  const signer = opts.unsigned
    ? undefined
    : new SignatureV4({
        service: opts.signingName ?? "lambda",
        region: config.region,
        // No credentials configured (real AWS, allowed on purpose): the SDK's default chain resolves them.
        credentials: config.credentials ?? defaultCredentials(),
        sha256: Hash.bind(null, "sha256"),
      });

  return {
    async send(req) {
      const started = performance.now();
      const pathWithQuery = `${req.path}${queryString(req.query)}`;
      const url = `${base.protocol}//${base.host}${pathWithQuery}`;
      let recorded: RecordedRequest = { method: req.method, url: redactUrl(url), headers: {} };
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(new Error(`timeout after ${timeoutMs} ms`)), timeoutMs);
      let response: IncomingMessage | undefined;
      try {
        const headers = await signedHeaders(req, base, signer);
        recorded = { ...recorded, headers: redactHeaders(headers) };
        response = await exchange(secure, {
          agent,
          base,
          pathWithQuery,
          req,
          headers,
          signal: controller.signal,
        });
        const body = await readCappedBody(response, maxBodyBytes, controller.signal);
        return {
          ...head(response),
          body: body.bytes.toString("utf8"),
          truncated: body.truncated,
          durationMs: performance.now() - started,
          ...(body.truncated
            ? { error: { kind: "tooLarge", message: `body exceeded ${maxBodyBytes} bytes` } }
            : {}),
          request: recorded,
        };
      } catch (thrown) {
        return {
          ...(response ? head(response) : { status: 0, headers: {} }),
          body: "",
          truncated: false,
          durationMs: performance.now() - started,
          error: controller.signal.aborted
            ? { kind: "timeout", message: `no complete response within ${timeoutMs} ms` }
            : classifyError(thrown),
          request: recorded,
        };
      } finally {
        clearTimeout(timer);
      }
    },
    close() {
      agent.destroy();
    },
  };
}

/** Host, content length and (unless unsigned) the SigV4 headers; caller headers win where given. */
async function signedHeaders(
  req: RawRequest,
  base: URL,
  signer: SignatureV4 | undefined,
): Promise<Record<string, string>> {
  const request = toHttpRequest(req, base);
  return signer ? (await signer.sign(request)).headers : request.headers;
}

interface ExchangeArgs {
  readonly agent: http.Agent;
  readonly base: URL;
  readonly pathWithQuery: string;
  readonly req: RawRequest;
  readonly headers: Record<string, string>;
  readonly signal: AbortSignal;
}

/**
 * Writes the request and resolves at the response head; the body is read by the caller. Settles by the
 * deadline whatever the target does: node's client neither resolves nor rejects on an unasked-for 101.
 */
function exchange(secure: boolean, a: ExchangeArgs): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    a.signal.addEventListener("abort", () => reject(a.signal.reason), { once: true });
    const send = secure ? https.request : http.request;
    const request = send(
      {
        agent: a.agent,
        protocol: a.base.protocol,
        hostname: a.base.hostname,
        port: a.base.port || undefined,
        method: a.req.method,
        path: a.pathWithQuery,
        headers: a.headers,
        signal: a.signal,
      },
      resolve,
    );
    request.on("error", reject);
    request.on("upgrade", (_res, socket) => {
      socket.destroy();
      reject(new Error("unexpected 101 Switching Protocols: the target switched protocols unasked"));
    });
    request.end(a.req.body ?? "");
  });
}

function head(response: IncomingMessage): { status: number; headers: Record<string, string> } {
  return { status: response.statusCode ?? 0, headers: redactHeaders(response.headers) };
}

/** RFC 3986 encoding, the same SigV4 canonicalises, so the signed and the sent query agree. */
function queryString(query: RawRequest["query"]): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const v of typeof value === "string" ? [value] : value) parts.push(`${rfc3986(key)}=${rfc3986(v)}`);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}

function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
