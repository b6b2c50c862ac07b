import { describe, expect, it } from "vitest";
import { oidcProviders } from "./oidc-config";

describe("oidcProviders", () => {
  it("reads each listed provider, with defaults", () => {
    expect(
      oidcProviders({
        OIDC_PROVIDERS: "corp, key-cloak",
        OIDC_CORP_ISSUER: "https://id.example.org/",
        OIDC_CORP_CLIENT_ID: "rt",
        OIDC_CORP_CLIENT_SECRET: "s",
        OIDC_CORP_NAME: "Provincial ID",
        OIDC_CORP_ALLOW_SIGNUP: "false",
        OIDC_KEY_CLOAK_ISSUER: "https://kc.example.org/realms/x",
        OIDC_KEY_CLOAK_CLIENT_ID: "rt2",
        OIDC_KEY_CLOAK_CLIENT_SECRET: "s2",
      }),
    ).toEqual({
      providers: [
        {
          id: "corp",
          name: "Provincial ID",
          issuer: "https://id.example.org",
          clientId: "rt",
          clientSecret: "s",
          allowSignUp: false,
        },
        {
          id: "key-cloak",
          name: "key-cloak",
          issuer: "https://kc.example.org/realms/x",
          clientId: "rt2",
          clientSecret: "s2",
          allowSignUp: true,
        },
      ],
      problems: [],
    });
  });

  it("leaves out and names what is misconfigured", () => {
    const { providers, problems } = oidcProviders({
      OIDC_PROVIDERS: "Bad Id,credentials,half",
      OIDC_HALF_ISSUER: "https://x",
    });
    expect(providers).toEqual([]);
    expect(problems).toEqual([
      'OIDC_PROVIDERS: "Bad Id" is not a valid id (lower-case letters, digits, dashes)',
      'OIDC_PROVIDERS: "credentials" is not a valid id (lower-case letters, digits, dashes)',
      "half: set OIDC_HALF_CLIENT_ID, OIDC_HALF_CLIENT_SECRET",
    ]);
  });

  it("has none by default", () => {
    expect(oidcProviders({})).toEqual({ providers: [], problems: [] });
  });
});
