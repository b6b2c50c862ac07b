// Prisma CLI configuration. The URL only matters to CLI commands that talk to a database; the app
// and our migration runner resolve the database themselves (lib/db/url.ts).
import path from "node:path";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://roundtable@127.0.0.1:54329/roundtable" },
});
