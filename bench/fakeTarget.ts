/**
 * A fast stand-in target for the memory pass, run as a child process on 127.0.0.1: it answers every
 * request at once with plausible Lambda JSON — mostly `200 {}`, every third a typed 400 — and prints its port.
 */
import { createServer } from "node:http";

let n = 0;
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const error = ++n % 3 === 0;
    const body = error ? '{"message":"1 validation error detected","Type":"User"}' : "{}";
    res.writeHead(error ? 400 : 200, {
      "content-type": "application/json",
      "x-amzn-requestid": `fake-${n}`,
      ...(error ? { "x-amzn-errortype": "ValidationException" } : {}),
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`${typeof address === "object" && address ? address.port : 0}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
