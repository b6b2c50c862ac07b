import type { Role } from "@/lib/db/generated/enums";

/** What the stream tells a browser: that something of `type` changed, in order. */
export interface LiveEvent {
  seq: number;
  type: string;
  at: string;
}

/** As read on the server: with the audience, which never leaves it. */
export interface StoredEvent extends LiveEvent {
  audienceDelegationId: string | null;
}

export interface OnlineMember {
  userId: string;
  name: string;
  role: Role;
  delegationId: string | null;
}
