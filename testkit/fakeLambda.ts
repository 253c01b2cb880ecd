/** Test double: a tiny Lambda on 127.0.0.1 with just the function lifecycle and a chosen defect; the rest is 501. */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake gets wrong on purpose. */
export type FakeDefect = "none" | "staticRevision" | "duplicateCreate";

interface FakeFunction {
  name: string;
  description: string;
  revisionId: string;
}

/** A started fake: its endpoint and how to stop it. */
export interface FakeLambda {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** Starts the fake on a free loopback port. */
export async function startFakeLambda(defect: FakeDefect): Promise<FakeLambda> {
  const functions = new Map<string, FakeFunction>();
  const revise = (fn: FakeFunction): void => {
    if (defect !== "staticRevision") fn.revisionId = randomUUID();
  };
  const server = createServer((req, res) => {
    void readBody(req).then((body) => route(req, res, body));
  });
  const route = (req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): true => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const m = /^\/2015-03-31\/functions\/?([^/]*)\/?(configuration|code)?$/.exec(path);
    if (!m) return send(res, 501, { message: "not implemented" });
    const name = decodeURIComponent(m[1] ?? "");
    const fn = functions.get(name);
    const config = (f: FakeFunction) => ({
      FunctionName: f.name,
      FunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${f.name}`,
      Version: "$LATEST",
      Description: f.description,
      RevisionId: f.revisionId,
    });
    if (req.method === "POST" && name === "") {
      const newName = String(body.FunctionName);
      if (functions.has(newName) && defect !== "duplicateCreate")
        return error(res, 409, "ResourceConflictException");
      const created = {
        name: newName,
        description: String(body.Description ?? ""),
        revisionId: randomUUID(),
      };
      functions.set(newName, created);
      return send(res, 201, config(created));
    }
    if (req.method === "GET" && name === "")
      return send(res, 200, { Functions: [...functions.values()].map(config) });
    if (!fn) return error(res, 404, "ResourceNotFoundException");
    if (req.method === "DELETE" && !m[2]) {
      functions.delete(name);
      return send(res, 204);
    }
    if (req.method === "GET") return send(res, 200, m[2] ? config(fn) : { Configuration: config(fn) });
    if (req.method === "PUT" && m[2]) {
      if (body.RevisionId !== undefined && body.RevisionId !== fn.revisionId)
        return error(res, 412, "PreconditionFailedException");
      if (m[2] === "configuration" && typeof body.Description === "string") fn.description = body.Description;
      revise(fn);
      return send(res, 200, config(fn));
    }
    return send(res, 501, { message: "not implemented" });
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(res: ServerResponse, status: number, body?: object): true {
  res.writeHead(status, body ? { "content-type": "application/json" } : {});
  res.end(body ? JSON.stringify(body) : undefined);
  return true;
}

function error(res: ServerResponse, status: number, type: string): true {
  res.writeHead(status, { "content-type": "application/json", "x-amzn-errortype": type });
  res.end(JSON.stringify({ Type: "User", message: type }));
  return true;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
  } catch {
    return {};
  }
}
