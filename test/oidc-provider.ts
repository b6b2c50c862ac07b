// A real OpenID Connect provider (the oidc-provider package) for tests: its development login
// page signs in whoever types a login name listed in `accounts` (any password), and consents.
import http from "node:http";
import Provider from "oidc-provider";

export interface TestAccount {
  email: string;
  email_verified: boolean;
  name: string;
}

export interface TestClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
}

export interface RunningProvider {
  issuer: string;
  stop(): Promise<void>;
}

export async function startOidcProvider(
  clients: TestClient[],
  accounts: Record<string, TestAccount>,
): Promise<RunningProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: clients.map((client) => ({ ...client, grant_types: ["authorization_code"], response_types: ["code"] })),
    async findAccount(_ctx, id) {
      const account = accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...account }) };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The claims in the ID token itself (next-auth reads them there), not only at userinfo.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["roundtable-test-provider"] },
  });
  server.on("request", provider.callback());
  return {
    issuer,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
