/** Only same-site paths are followed after sign-in, never another origin. */
export function safeCallbackUrl(value: string | string[] | undefined, fallback = "/workshops"): string {
  const url = Array.isArray(value) ? value[0] : value;
  return url && url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\") ? url : fallback;
}
