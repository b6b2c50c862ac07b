import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { PlanSignatureRecord } from "./content";

/** A stored signature as the export writes it: its delegation by code. */
export const signatureRecord = (
  s: {
    delegationId: string;
    signerName: string;
    signedAt: Date;
    kind: "ENDORSEMENT" | "RESERVATION";
    statement: string;
    hash: string;
  },
  codeOf: Map<string, string>,
): PlanSignatureRecord => ({
  delegation: codeOf.get(s.delegationId) ?? s.delegationId,
  signer: s.signerName,
  signedAt: s.signedAt.toISOString(),
  kind: s.kind,
  statement: s.statement,
  hash: s.hash,
});

/** A frozen version's hash and signatures (delegations by code), for `npm run verify`. */
export async function frozenVersionOf(
  prisma: PrismaClient,
  slug: string,
  number: number,
): Promise<{ hash: string; signatures: PlanSignatureRecord[] } | null> {
  const version = await prisma.planVersion.findFirst({
    where: { number, workshop: { slug } },
    include: { signatures: true, workshop: { select: { delegations: { select: { id: true, code: true } } } } },
  });
  if (!version) return null;
  const codeOf = new Map(version.workshop.delegations.map((d) => [d.id, d.code]));
  return {
    hash: version.hash,
    signatures: version.signatures.map((s) => signatureRecord(s, codeOf)),
  };
}
