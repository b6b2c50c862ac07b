// Types of ./forwarded.mjs, a plain ES module so that Node can preload it before Next.js.
import type { IncomingMessage } from "node:http";

export function clientAddress(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
  hops: number,
): string;
export function rewrite(
  request: Pick<IncomingMessage, "headers"> & { socket?: { remoteAddress?: string } },
  hops: number,
): void;
