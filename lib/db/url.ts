// The app only ever sees a URL: scripts/start.ts sets DATABASE_URL (to the embedded database when
// the user gave none) before it starts Next.js.
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set; start the app with `npm start` or `npm run dev`.");
  return url;
}
