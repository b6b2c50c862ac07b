// The room bench's floor: the least a live stream can cost. A bare Node HTTP server holding SSE
// streams, fed by one LISTEN on the same database as the app: each notification is written to
// every stream of its workshop as it comes, with no authentication, no reads and no rendering.
// Started as its own process by ./room.ts (PORT, DATABASE_URL); prints "ready" when listening.
import http from "node:http";
import pg from "pg";

const streams = new Map();
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
await client.query("LISTEN workshop_events");
client.on("notification", ({ payload = "" }) => {
  const [workshopId, seq] = payload.split(":");
  const frame = `id: ${seq}\nevent: change\ndata: {"seq":${Number(seq)}}\n\n`;
  for (const response of streams.get(workshopId) ?? []) response.write(frame);
});

const server = http.createServer((request, response) => {
  const workshopId = new URL(request.url ?? "/", "http://floor").searchParams.get("workshop") ?? "";
  response.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
  response.write(`event: presence\ndata: {"total":0}\n\n`);
  let set = streams.get(workshopId);
  if (!set) streams.set(workshopId, (set = new Set()));
  set.add(response);
  request.on("close", () => set.delete(response));
});
server.keepAliveTimeout = 70_000;
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
process.on("SIGTERM", () => process.exit(0));
