"use server";

import { workshopAction } from "@/lib/server/action";
import * as encrypted from "./mutations";
import { decryptionSchema, encryptedVoteSchema, trusteeKeySchema } from "./schema";

// Declared actions of encrypted ballots (lib/server/action.ts). The browser does the cryptography
// (lib/verifiable, loaded on first use); the server re-checks every proof and the member's role.

export const publishTrusteeKeyAction = workshopAction({
  name: "publishTrusteeKey",
  input: (ballotId: string, publicShare: string, proof: string) => ({ ballotId, publicShare, proof }),
  schema: trusteeKeySchema,
  run: (who, input) => encrypted.publishTrusteeKey(who, input),
});

export const castEncryptedVoteAction = workshopAction({
  name: "castEncryptedVote",
  input: (ballotId: string, ballot: string) => ({ ballotId, ballot }),
  schema: encryptedVoteSchema,
  run: (who, input) => encrypted.castEncryptedVote(who, input),
  // Like a plain vote: the voter's form shows its receipt, the count reaches pages pushed.
  refreshes: false,
});

export const publishDecryptionAction = workshopAction({
  name: "publishDecryption",
  input: (ballotId: string, shares: string) => ({ ballotId, shares }),
  schema: decryptionSchema,
  run: (who, input) => encrypted.publishDecryption(who, input),
});
