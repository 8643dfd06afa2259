// A small round-robin HTTP load balancer for `npm run bench:load -- --instances N`: loopback only.
// `node scripts/load-balancer.mjs <port> <target port>...` listens on 127.0.0.1:<port> and hands each request
// to the next 127.0.0.1:<target port> in turn over kept-alive connections (node:http; http-proxy, the usual
// package, has had no release since 2020). It exists to measure scale-out, not to serve users: no health
// checks, no retries; a target that fails answers 502.
import http from "node:http";

const [port, ...targets] = process.argv.slice(2).map(Number);
if (!port || targets.length === 0 || [port, ...targets].some((p) => !Number.isInteger(p) || p <= 0 || p > 65535)) {
  console.error("usage: node scripts/load-balancer.mjs <port> <target port>...");
  process.exit(2);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
let next = 0;

const server = http.createServer((request, response) => {
  const target = targets[next];
  next = (next + 1) % targets.length;
  const upstream = http.request(
    {
      host: "127.0.0.1",
      port: target,
      method: request.method,
      path: request.url,
      headers: { ...request.headers, "x-forwarded-for": request.socket.remoteAddress ?? "" },
      agent,
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on("error", (error) => {
    if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain" });
    response.end(`upstream 127.0.0.1:${target} failed: ${error.message}`);
  });
  request.pipe(upstream);
});

server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1", () => console.log(`load balancer on 127.0.0.1:${port} → ${targets.join(", ")}`));
process.on("SIGTERM", () => process.exit(0));
