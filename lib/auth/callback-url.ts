/** An origin no request can have: what a callback URL is resolved against to see where it leads. */
const HERE = "http://roundtable.invalid";

/**
 * Where to go after signing in: a path on this site, or `fallback`. Browsers are lenient in ways a
 * prefix check is not: they drop tabs and line breaks inside URLs and read `\` as `/`, so
 * `/\t/evil.example` and `/\/evil.example` lead to another origin. A value with a control
 * character or a backslash is refused outright; anything else is resolved as the browser would
 * and kept only if it stays on this origin, normalised (so the Location header is always valid).
 */
export function safeCallbackUrl(value: string | string[] | undefined, fallback = "/workshops"): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !raw.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, HERE);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === HERE && !path.startsWith("//") ? path : fallback;
}
