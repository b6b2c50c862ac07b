// The app only ever sees a URL: scripts/start.ts sets DATABASE_URL (to the embedded database when
// the user gave none) before it starts Next.js.
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  // `next build` imports server modules to collect page configuration; nothing connects then.
  if (!url && process.env.NEXT_PHASE === "phase-production-build") return "postgresql://build@127.0.0.1:1/build";
  if (!url) throw new Error("DATABASE_URL is not set; start the app with `npm start` or `npm run dev`.");
  return url;
}
