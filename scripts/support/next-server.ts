// How every Next.js server of ours is started (npm start, the e2e server, a second instance).
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Longer than the browsers' own idle timeouts (Chromium keeps an idle connection about 60 s): the
 * server must not be the one closing idle keep-alive connections, or a room's worth of pages opens
 * hundreds of new connections at once on the next change. Node's default is 5 s.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 70_000;

/** `node <args>` for `next start` (or `next dev`) on `port`, with the forwarded headers rewritten
 * as TRUSTED_PROXY_HOPS says (./forwarded.mjs) before Next.js reads them. */
export function nextServerArgs(root: string, port: string | number, mode: "start" | "dev" = "start"): string[] {
  return [
    "--import",
    pathToFileURL(path.join(root, "scripts/support/forwarded.mjs")).href,
    path.join(root, "node_modules/next/dist/bin/next"),
    mode,
    "-p",
    String(port),
    "--keepAliveTimeout",
    String(KEEP_ALIVE_TIMEOUT_MS),
  ];
}
