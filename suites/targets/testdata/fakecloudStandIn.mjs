#!/usr/bin/env node
// A stand-in for the fakecloud binary (which takes an hour to build): the same flags, the same
// health path, so the target's start, health wait and stop are tested without it.
import { createServer } from "node:http";

const args = process.argv.slice(2);
if (args[0] === "--version") {
  console.log("fakecloud 0.0.0-standin");
  process.exit(0);
}
if (process.env.STANDIN_FAIL) {
  console.error("error: Address already in use (os error 98)");
  process.exit(1);
}
const addr = args[args.indexOf("--addr") + 1] ?? "";
const [host, port] = addr.split(":");
const server = createServer((request, response) => {
  const health = request.url === "/_fakecloud/health";
  response.writeHead(health ? 200 : 404, { "Content-Type": "application/json" });
  response.end(health ? '{"status":"ok"}' : "{}");
});
server.listen(Number(port), host, () => console.log(`listening on ${addr}`));
process.once("SIGTERM", () => server.close(() => process.exit(0)));
