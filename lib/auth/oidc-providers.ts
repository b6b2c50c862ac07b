import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { log } from "@/lib/server/log";
import { oidcProviders, type OidcProvider } from "./oidc-config";

// next-auth's OAuth providers for the configured OpenID Connect issuers (lib/auth/oidc-config.ts):
// discovery from the issuer, authorisation code with PKCE and state, the ID token verified.

export interface OidcProfile {
  sub: string;
  email?: string;
  email_verified?: boolean | string;
  name?: string;
  preferred_username?: string;
}

const configured = oidcProviders();
for (const problem of configured.problems) log("warn", "sso: provider left out", { problem });

export const ssoProviders: readonly OidcProvider[] = configured.providers;

export function ssoProvider(id: string): OidcProvider | undefined {
  return ssoProviders.find((provider) => provider.id === id);
}

export function nextAuthProviders(): OAuthConfig<OidcProfile>[] {
  return ssoProviders.map((provider) => ({
    id: provider.id,
    name: provider.name,
    type: "oauth",
    wellKnown: `${provider.issuer}/.well-known/openid-configuration`,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    checks: ["pkce", "state"],
    idToken: true,
    profile: (profile) => ({
      id: profile.sub,
      name: profile.name ?? profile.preferred_username ?? profile.email ?? profile.sub,
      email: profile.email ?? null,
    }),
  }));
}

/** Some providers send email_verified as the string "true". */
export function emailVerified(profile: OidcProfile | undefined): boolean {
  return profile?.email_verified === true || profile?.email_verified === "true";
}
