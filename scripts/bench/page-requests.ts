// What an open page sends the server when the live stream tells it to refresh: recorded once from
// a real Chromium page (e2e/page-requests.spec.ts, which fails when the page starts sending
// something else) and replayed by the bench's simulated participants (./room.ts), so that a
// simulated room costs the server what a real one does.
import fs from "node:fs";
import path from "node:path";
import { computeCacheBustingSearchParam } from "next/dist/shared/lib/router/utils/cache-busting-search-param.js";

export type PageName = "session" | "ballot";

/** One request as recorded, with the workshop's slug and the ballot's id as `{slug}`, `{ballotId}`. */
export interface RecordedRequest {
  method: string;
  /** The path without the `_rsc` cache-busting parameter (recomputed: it hashes the headers). */
  path: string;
  /** The `rsc` and `next-*` headers, `next-router-state-tree` decoded. */
  headers: Record<string, string>;
}

/** The server action request the ballot page sends when its voter casts a plurality vote. */
export interface RecordedVote {
  /** The action's exported name: its id changes with every build (read from the build's manifest). */
  action: string;
  path: string;
  /** The `next-*`, `accept` and `content-type` headers; the action id as `{action}`. */
  headers: Record<string, string>;
  /** The multipart body, its boundary as `{boundary}` and the chosen option's id as `{choice}`. */
  body: string;
}

export interface Recording {
  /** Per page: what it declares it shows (its LiveScope and the layout's), and the requests one
   * refresh sends. */
  pages: Record<PageName, { reads: string[]; refresh: RecordedRequest[] }>;
  vote: RecordedVote;
  /** The run it was recorded from, for the simulator's own test. */
  example: {
    slug: string;
    ballotId: string;
    requests: Record<PageName, Array<{ method: string; url: string; headers: Record<string, string> }>>;
  };
}

export const RECORDING_PATH = path.join(import.meta.dirname, "page-requests.json");

export function readRecording(): Recording {
  return JSON.parse(fs.readFileSync(RECORDING_PATH, "utf8")) as Recording;
}

const STATE_TREE = "next-router-state-tree";

/** Replaces the run's slug and ballot id with placeholders (recording) or back (replay). */
function template(text: string, ids: { slug: string; ballotId: string }): string {
  return text.replaceAll(ids.slug, "{slug}").replaceAll(ids.ballotId, "{ballotId}");
}
function fill(text: string, ids: { slug: string; ballotId: string }): string {
  return text.replaceAll("{slug}", ids.slug).replaceAll("{ballotId}", ids.ballotId);
}

/** A request Chromium sent, as recorded: `url` absolute or a path, all its headers. */
export function recordRequest(
  method: string,
  url: string,
  headers: Record<string, string>,
  ids: { slug: string; ballotId: string },
): RecordedRequest {
  const parsed = new URL(url, "http://recorded");
  parsed.searchParams.delete("_rsc");
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower !== "rsc" && !lower.startsWith("next-")) continue;
    kept[lower] = template(lower === STATE_TREE ? decodeURIComponent(value) : value, ids);
  }
  return { method, path: template(parsed.pathname + parsed.search, ids), headers: kept };
}

/** The requests a page's refresh sends, for this workshop and ballot, exactly as Chromium would. */
export async function refreshRequests(
  recording: Recording,
  page: PageName,
  ids: { slug: string; ballotId: string },
): Promise<Array<{ method: string; url: string; headers: Record<string, string> }>> {
  return Promise.all(
    recording.pages[page].refresh.map(async (request) => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers))
        headers[name] = name === STATE_TREE ? encodeURIComponent(fill(value, ids)) : fill(value, ids);
      const rsc = await computeCacheBustingSearchParam(
        headers["next-router-prefetch"] as "1" | "2" | "3" | "0" | undefined,
        headers["next-router-segment-prefetch"],
        headers[STATE_TREE],
        headers["next-url"],
      );
      const url = new URL(fill(request.path, ids), "http://replay");
      url.searchParams.set("_rsc", rsc);
      return { method: request.method, url: url.pathname + url.search, headers };
    }),
  );
}

/** The vote request Chromium sent, as a template (see RecordedVote). */
export function recordVote(
  url: string,
  headers: Record<string, string>,
  body: string,
  ids: { slug: string; ballotId: string },
): RecordedVote {
  const boundary = /boundary=(.+)$/.exec(headers["content-type"] ?? "")?.[1];
  const choice = /name="_?1_choice"\r\n\r\n([^\r]+)\r\n/.exec(body)?.[1];
  if (!boundary || !choice) throw new Error(`not a multipart plurality vote: ${JSON.stringify({ headers, body })}`);
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower === "next-action") kept[lower] = "{action}";
    else if (lower === "accept" || lower === "content-type" || lower.startsWith("next-"))
      kept[lower] = template(lower === STATE_TREE ? decodeURIComponent(value) : value, ids).replace(
        boundary,
        "{boundary}",
      );
  }
  return {
    action: "castVoteAction",
    path: template(new URL(url).pathname, ids),
    headers: kept,
    body: template(body, ids).replaceAll(boundary, "{boundary}").replaceAll(choice, "{choice}"),
  };
}

/** A vote request to replay: the action id from this build, one voter's choice. */
export function voteRequest(
  recording: Recording,
  root: string,
  ids: { slug: string; ballotId: string },
): (choice: string) => { path: string; headers: Record<string, string>; body: string } {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName: string }> };
  const matching = Object.entries(manifest.node).filter(([, entry]) => entry.exportedName === recording.vote.action);
  if (matching.length !== 1) throw new Error(`${recording.vote.action}: ${matching.length} actions in the build`);
  const action = matching[0]![0];
  const boundary = `----RoundtableBench${Math.random().toString(36).slice(2)}`;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(recording.vote.headers)) {
    const filled = fill(value, ids).replace("{action}", action).replace("{boundary}", boundary);
    headers[name] = name === STATE_TREE ? encodeURIComponent(filled) : filled;
  }
  const body = fill(recording.vote.body, ids).replaceAll("{boundary}", boundary);
  return (choice) => ({ path: fill(recording.vote.path, ids), headers, body: body.replaceAll("{choice}", choice) });
}
