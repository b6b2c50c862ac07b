// The session-signing secret comes from the environment. scripts/start.ts generates a development
// default into .data/ when none is given; production deployments must set NEXTAUTH_SECRET.
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (secret) return secret;
  if (process.env.NEXT_PHASE === "phase-production-build") return "build-time-placeholder";
  throw new Error("NEXTAUTH_SECRET is not set; start the app with `npm start` or set it in the environment.");
}
