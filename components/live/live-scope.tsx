"use client";

import { useEffect } from "react";
import { useRegisterScope } from "./live-provider";

/**
 * Declares what server-rendered data a page shows (scopes of lib/room/effects.ts: "industries",
 * `clause:${id}`, "*"...). The live stream names the scopes each event touches; the page refreshes
 * only for those. Pushed state (phase, session, presence) needs no scope: it comes as data.
 */
export function LiveScope({ reads }: { reads: readonly string[] }) {
  const register = useRegisterScope();
  const key = reads.join("|");
  useEffect(() => register(key.split("|")), [register, key]);
  return null;
}
