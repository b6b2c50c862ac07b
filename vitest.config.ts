// Two projects: `unit` (fast, no database) and `integration` (*.integration.test.ts, against a real
// PostgreSQL prepared by test/integration-global-setup.ts). `npm run test:unit` / `test:integration`.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Setting `exclude` replaces Vitest's defaults, so they are repeated here. e2e/ holds Playwright
// specs; .data/ holds the embedded database's files.
const alwaysExcluded = ["**/node_modules/**", "**/.git/**", "**/.next/**", "**/.data/**", "e2e/**"];

export default defineConfig({
  resolve: {
    alias: [
      // tsconfig's `@/*` -> `./*`. A regex, so that scoped packages (`@prisma/...`) are untouched.
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside React Server Components; tests are server code, so allow it.
      { find: /^server-only$/, replacement: `${root}/node_modules/server-only/empty.js` },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: [...alwaysExcluded, "**/*.integration.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.integration.test.ts"],
          exclude: alwaysExcluded,
          // Creates a fresh database, applies the migrations, and provides `databaseUrl`/`adminUrl`.
          globalSetup: ["test/integration-global-setup.ts"],
          // All files share one database: run them one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          env: { NEXTAUTH_SECRET: "integration-test-secret", LOG_LEVEL: "error" },
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
