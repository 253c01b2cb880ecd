import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import * as lambda from "@aws-sdk/client-lambda";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { AwsCredentialIdentity } from "@smithy/types";
import {
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_TIMEOUT_MS,
  type TransportError,
  type TransportResponse,
} from "../../core/transportResponse.ts";
import { assertLoopbackOrAllowed } from "../targets/assertLoopbackOrAllowed.ts";
import {
  CAPTURE_MIDDLEWARE_OPTIONS,
  type CapturedExchange,
  captureMiddleware,
  type ExchangeSlot,
} from "./captureMiddleware.ts";
import { classifyError } from "./classifyError.ts";
import { resolveClientConfig } from "./clientConfig.ts";

/** How to build the SDK client; unset fields fall back to the environment (see `resolveClientConfig`). */
export interface SdkTransportOptions {
  readonly endpoint?: string;
  readonly region?: string;
  readonly credentials?: AwsCredentialIdentity;
  readonly allowRealAws?: boolean;
  readonly timeoutMs?: number;
  readonly maxBodyBytes?: number;
}

/** Sends well-formed requests through the real AWS SDK, one attempt each, returning the raw response. */
export interface SdkTransport {
  /** `operationName` as in the model, e.g. `ListFunctions`; `input` is the SDK command input. */
  send(operationName: string, input: object): Promise<TransportResponse>;
  /** Closes pooled sockets. */
  close(): void;
}

type CommandCtor = new (
  input: object,
) => lambda.$Command<lambda.ServiceInputTypes, lambda.ServiceOutputTypes, lambda.LambdaClientResolvedConfig>;

/** Builds an SDK transport; throws only for configuration errors (refused endpoint), never per request. */
export function createSdkTransport(opts: SdkTransportOptions = {}): SdkTransport {
  const config = resolveClientConfig(opts);
  assertLoopbackOrAllowed(config.endpoint, opts.allowRealAws ?? false);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const handler = new NodeHttpHandler({
    httpAgent: new HttpAgent({ keepAlive: true }),
    httpsAgent: new HttpsAgent({ keepAlive: true }),
    // Destroys the request at the deadline, as an abort signal would: the call is given none (below).
    requestTimeout: timeoutMs,
    throwOnRequestTimeout: true,
  });
  // maxAttempts 1: a retried request would hide the emulator's first answer. cacheMiddleware: the SDK
  // resolves each command's middleware stack once, not per call (a third of its CPU per request, issue
  // #25); it does so only for calls without options and commands without their own middleware, so the
  // capture middleware is the client's and finds each call's slot by the call's own input object.
  const client = new lambda.LambdaClient({
    ...config,
    maxAttempts: 1,
    requestHandler: handler,
    cacheMiddleware: true,
  });
  const slots = new WeakMap<object, ExchangeSlot>();
  client.middlewareStack.add(
    captureMiddleware((input) => slots.get(input), maxBodyBytes),
    CAPTURE_MIDDLEWARE_OPTIONS,
  );

  return {
    async send(operationName, input) {
      // A copy: the slot's key is this call's alone, whatever the caller reuses.
      const own = { ...input };
      const command = new (commandFor(operationName))(own);
      const sink: CapturedExchange = {};
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      slots.set(own, { sink, signal: controller.signal });
      const started = performance.now();
      let error: TransportError | undefined;
      try {
        // Raced with the deadline: the SDK's handler never settles on some answers (an unasked-for 101).
        await Promise.race([client.send(command), deadline(controller.signal)]);
      } catch (thrown) {
        // A service error (4xx/5xx) was captured in full: that is a response, not a transport failure.
        if (sink.status === undefined || sink.truncated || controller.signal.aborted) {
          error = controller.signal.aborted
            ? { kind: "timeout", message: `no complete response within ${timeoutMs} ms` }
            : sink.truncated
              ? { kind: "tooLarge", message: `body exceeded ${maxBodyBytes} bytes` }
              : classifyError(thrown);
        }
      } finally {
        clearTimeout(timer);
      }
      return {
        status: sink.status ?? 0,
        headers: sink.headers ?? {},
        body: sink.body ?? "",
        truncated: sink.truncated ?? false,
        durationMs: performance.now() - started,
        ...(error === undefined ? {} : { error }),
        ...(sink.request === undefined ? {} : { request: sink.request }),
      };
    },
    close() {
      client.destroy();
    },
  };
}

/** Rejects when `signal` aborts, so a send that would never settle still ends at the deadline. */
function deadline(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    signal.addEventListener("abort", () => reject(new Error("deadline")), { once: true });
  });
}

/** The SDK command class for an operation name; an unknown name is a caller bug, so it throws. */
export function commandFor(operationName: string): CommandCtor {
  const ctor = (lambda as unknown as Record<string, unknown>)[`${operationName}Command`];
  if (typeof ctor !== "function")
    throw new Error(`sdkTransport: no SDK command for operation ${operationName}`);
  return ctor as CommandCtor;
}
