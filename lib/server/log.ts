// Structured server logs: one JSON object per line, with the request context passed in.
type Level = "debug" | "info" | "warn" | "error";

export function log(level: Level, message: string, context: Record<string, unknown> = {}): void {
  if (level === "debug" && !process.env.ROUNDTABLE_DEBUG) return;
  const entry: Record<string, unknown> = { time: new Date().toISOString(), level, message, ...context };
  const error = context.error;
  if (error instanceof Error) entry.error = { name: error.name, message: error.message, stack: error.stack };
  const line = JSON.stringify(entry, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}
