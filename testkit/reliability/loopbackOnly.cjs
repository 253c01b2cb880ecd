// Preloaded into a CLI run under test (NODE_OPTIONS=--require): any connection or DNS lookup that would
// leave this machine is refused and reported on stderr, so a test can prove no request reached AWS.
const net = require("node:net");
const dns = require("node:dns");

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost)$/i;
const report = (what) => process.stderr.write(`LOOPBACK-GUARD: refused ${what}\n`);

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guarded(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const opts = typeof first === "object" && first !== null ? first : { port: first, host: args[1] };
  const host = typeof opts.host === "string" ? opts.host : "localhost";
  if (opts.path === undefined && !LOOPBACK.test(host)) {
    report(`connect to ${host}:${opts.port}`);
    process.nextTick(() => this.destroy(new Error(`loopback guard: ${host}`)));
    return this;
  }
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function guardedLookup(hostname, ...rest) {
  if (LOOPBACK.test(hostname)) return lookup.call(this, hostname, ...rest);
  // Not even a DNS query leaves: fail the lookup here.
  report(`DNS lookup of ${hostname}`);
  const callback = rest[rest.length - 1];
  const error = Object.assign(new Error(`loopback guard: ${hostname}`), { code: "ENOTFOUND" });
  if (typeof callback === "function") process.nextTick(() => callback(error));
};

// Said once, so a test can tell the guard was loaded (and a silent run was not just an unguarded one).
process.stderr.write("LOOPBACK-GUARD: on\n");
