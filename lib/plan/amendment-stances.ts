// Which official stance a delegation holds on an amendment, as its card shows it.

interface StanceOnAmendment {
  amendmentId: string | null;
  delegationId: string;
  state: string;
  supersededAt: Date | null;
}

/**
 * While the amendment is open: the delegation's current official stance on it. Once it is decided
 * (accepted, rejected, withdrawn), deciding supersedes those stances, so the card shows the last
 * official stance each delegation held when it was decided, not "no stance yet" for everyone.
 * `stances` come oldest first (as clauseDetail reads them).
 */
export function stanceOnAmendment<S extends StanceOnAmendment>(
  stances: S[],
  amendment: { id: string; status: string },
  delegationId: string,
): S | null {
  const decided = amendment.status !== "OPEN";
  const held = stances.filter(
    (s) =>
      s.amendmentId === amendment.id &&
      s.delegationId === delegationId &&
      s.state === "OFFICIAL" &&
      (decided || s.supersededAt === null),
  );
  return held.at(-1) ?? null;
}
