// Single sign-on providers (OpenID Connect), from the environment:
//   OIDC_PROVIDERS=corp,keycloak            the ids, in the order the sign-in page shows them
//   OIDC_CORP_ISSUER=https://id.example.org/realms/main
//   OIDC_CORP_CLIENT_ID=…  OIDC_CORP_CLIENT_SECRET=…
//   OIDC_CORP_NAME="Provincial ID"          the button's name (default: the id)
//   OIDC_CORP_ALLOW_SIGNUP=false            may it create accounts? (default true; when false, only
//                                           people who already have an account, by verified email,
//                                           sign in with it)
// The redirect URI to register at the provider is <NEXTAUTH_URL>/api/auth/callback/<id>.

export interface OidcProvider {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowSignUp: boolean;
}

const ID = /^[a-z][a-z0-9-]{0,30}$/;

/** The configured providers; a misconfigured one is left out and named in `problems`. */
export function oidcProviders(env: Record<string, string | undefined> = process.env): {
  providers: OidcProvider[];
  problems: string[];
} {
  const providers: OidcProvider[] = [];
  const problems: string[] = [];
  const ids = (env.OIDC_PROVIDERS ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  for (const id of ids) {
    if (!ID.test(id) || id === "credentials") {
      problems.push(`OIDC_PROVIDERS: "${id}" is not a valid id (lower-case letters, digits, dashes)`);
      continue;
    }
    const prefix = `OIDC_${id.toUpperCase().replace(/-/g, "_")}_`;
    const value = (name: string) => env[`${prefix}${name}`]?.trim() || undefined;
    const missing = ["ISSUER", "CLIENT_ID", "CLIENT_SECRET"].filter((name) => !value(name));
    if (missing.length > 0) {
      problems.push(`${id}: set ${missing.map((name) => prefix + name).join(", ")}`);
      continue;
    }
    providers.push({
      id,
      name: value("NAME") ?? id,
      issuer: value("ISSUER")!.replace(/\/+$/, ""),
      clientId: value("CLIENT_ID")!,
      clientSecret: value("CLIENT_SECRET")!,
      allowSignUp: value("ALLOW_SIGNUP") !== "false",
    });
  }
  return { providers, problems };
}
