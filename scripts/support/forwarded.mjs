// Preloaded into every Next.js server of ours (`node --import`, scripts/support/next-server.ts).
//
// Next.js passes a client's own `X-Forwarded-For`, `-Proto` and `-Host` headers through unchanged
// and fills them in from the socket only when they are absent, so anyone could choose the address
// the sign-in throttle counts them under. Here every request's forwarded headers are rewritten
// before Next.js sees them, trusting exactly TRUSTED_PROXY_HOPS proxies in front of the app:
//   - 0 (the default, no proxy): the socket's address; the client's forwarded headers are dropped.
//   - n: the address the n-th proxy (counting from the app) saw, i.e. the n-th entry from the
//     right of the list the proxies appended to; `-Proto` and `-Host` as the nearest proxy set them.
// X-Forwarded-For then holds one address: the client's, as far as the configured proxies can vouch.
import http from "node:http";

/** The client address, given the header (or none), the socket's address and the trusted hops. */
export function clientAddress(forwardedFor, socketAddress, hops) {
  const chain = String(forwardedFor ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  chain.push(socketAddress || "unknown");
  // With n trusted proxies, the last n+1 entries were written by them or the socket: the client's
  // is the furthest one they vouch for. A shorter chain means the request bypassed a proxy.
  return chain[Math.max(chain.length - 1 - hops, 0)];
}

function trustedHops() {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

export function rewrite(request, hops) {
  const headers = request.headers;
  headers["x-forwarded-for"] = clientAddress(headers["x-forwarded-for"], request.socket?.remoteAddress, hops);
  if (hops === 0) {
    // Next.js fills these in from the connection itself.
    delete headers["x-forwarded-proto"];
    delete headers["x-forwarded-host"];
    delete headers["x-forwarded-port"];
  }
}

if (!process.env.ROUNDTABLE_FORWARDED_TEST) {
  const hops = trustedHops();
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, request, ...rest) {
    if (event === "request") rewrite(request, hops);
    return emit.call(this, event, request, ...rest);
  };
}
