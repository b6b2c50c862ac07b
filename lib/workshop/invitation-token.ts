// Invitation links carry a random token; only its hash is stored (lib/hash/secret-token.ts).
export { hashSecretToken as hashInvitationToken, newSecretToken as newInvitationToken } from "@/lib/hash/secret-token";

export type InvitationState = "pending" | "accepted" | "revoked" | "expired";

export function invitationState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt <= now) return "expired";
  return "pending";
}
