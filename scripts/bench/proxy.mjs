// The room bench's load balancer for the `instances` part: a plain HTTP reverse proxy that sends
// each incoming connection's requests to the next app instance in turn (round robin, no sticky
// sessions: any instance serves any request, since sessions, presence and events live in
// PostgreSQL). Streams (SSE) are piped as they come. Started as its own process by ./room.ts
// (PORT, UPSTREAMS="http://127.0.0.1:a,http://127.0.0.1:b"); prints "ready" when listening.
import http from "node:http";

const upstreams = (process.env.UPSTREAMS ?? "")
  .split(",")
  .filter(Boolean)
  .map((url) => new URL(url));
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
let next = 0;

const server = http.createServer((request, response) => {
  const upstream = upstreams[next++ % upstreams.length];
  const forwarded = http.request(
    {
      host: upstream.hostname,
      port: upstream.port,
      method: request.method,
      path: request.url,
      headers: request.headers,
      agent,
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  forwarded.on("error", () => {
    if (!response.headersSent) response.writeHead(502);
    response.end();
  });
  // A client that leaves ends its upstream request (and so its stream on the instance).
  response.on("close", () => forwarded.destroy());
  request.pipe(forwarded);
});
server.keepAliveTimeout = 70_000;
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
process.on("SIGTERM", () => process.exit(0));
