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
  { files: ["lib/**/*.{ts,tsx}"], rules: restrict(upward, database) },
  { files: ["lib/db/**", "lib/**/*data.ts", "lib/**/*mutations.ts", "lib/**/*.test.ts"], rules: restrict(upward) },
];

export default config;
