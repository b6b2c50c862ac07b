import "server-only";
import { createHmac } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

/**
 * The key of a voter's secret vote while the ballot is open: an HMAC of the ballot and membership
 * under the server's secret. It lets the voter replace their vote, and lets nobody who reads the
 * database (without the server secret) tell whose vote a row is. Closing the ballot erases it.
 */
export function voterKey(ballotId: string, membershipId: string): string {
  return createHmac("sha256", authSecret()).update(`roundtable.vote\0${ballotId}\0${membershipId}`).digest("base64url");
}
