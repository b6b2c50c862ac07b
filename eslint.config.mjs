import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Architecture rules (docs/architecture.md): imports go app -> components -> lib, never back, and
// only data/mutation modules (and lib/db) talk to Prisma at run time.
const upward = { group: ["@/app/*", "@/components/*"], message: "Imports go app -> components -> lib, never back." };
const fromApp = { group: ["@/app/*"], message: "Imports go app -> components -> lib, never back." };
const database = {
  group: ["@/lib/db/client"],
  message: "Only data.ts / mutations.ts (and lib/db) read or write the database.",
  allowTypeImports: true,
};
const restrict = (...patterns) => ({ "@typescript-eslint/no-restricted-imports": ["error", { patterns }] });
/** Files that may use the Prisma client, under a folder of lib. */
const dataModules = (dir) => [`${dir}/**/*data.ts`, `${dir}/**/*mutations.ts`, `${dir}/**/*.test.ts`];

/** The import rules for lib/`dir`, which may not import the lib domains `below`. A later entry
 * replaces the rule for its files, so each one repeats the general restrictions. */
function layer(dir, ...below) {
  const lower = below.length
    ? [{ group: below.map((name) => `@/lib/${name}/*`), message: "This domain sits below that one: never import it." }]
    : [];
  return [
    { files: [`${dir}/**/*.{ts,tsx}`], rules: restrict(upward, database, ...lower) },
    { files: [...dataModules(dir), ...(dir === "lib" ? ["lib/db/**"] : [])], rules: restrict(upward, ...lower) },
  ];
}

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/db/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["app/**/*.{ts,tsx}"], rules: restrict(database) },
  { files: ["components/**/*.{ts,tsx}"], rules: restrict(fromApp, database) },
  ...layer("lib"),
  // Domains below others never import them: these loops were broken once (issue 13).
  ...layer("lib/i18n", "auth", "accounts", "workshop"),
  ...layer("lib/hash", "live", "ratify", "plan"),
  ...layer("lib/workshop", "plan", "industries", "costs", "ballots", "session", "ratify", "room"),
];

export default config;
