import "server-only";
import type { NegotiationMember } from "./policy";
import type { Actor as BaseActor } from "@/lib/server/actor";

/** The membership as read from the database for this request (lib/server/action.ts). */
export type Actor = BaseActor<NegotiationMember>;
