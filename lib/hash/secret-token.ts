import { createHash, randomBytes } from "node:crypto";

// Secrets sent in links (invitations, password resets): random, and stored only as their SHA-256,
// so a database leak does not hand out working links.
export function newSecretToken(): string {
  return randomBytes(24).toString("base64url");
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
