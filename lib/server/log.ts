// Structured server logs: one JSON object per line, with the request context passed in.
// LOG_LEVEL (debug, info, warn, error; default info) sets the least severe level written.
type Level = "debug" | "info" | "warn" | "error";
const severity: Record<Level, number> = { debug: 0, info: 1, warn: 2, error: 3 };

function threshold(): number {
  const configured = process.env.LOG_LEVEL as Level | undefined;
  return severity[configured ?? "info"] ?? severity.info;
}

export function log(level: Level, message: string, context: Record<string, unknown> = {}): void {
  if (severity[level] < threshold()) return;
  const entry: Record<string, unknown> = { time: new Date().toISOString(), level, message, ...context };
  const error = context.error;
  if (error instanceof Error) entry.error = { name: error.name, message: error.message, stack: error.stack };
  const line = JSON.stringify(entry, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}
