// What a piece of app code costs the database, counted rather than timed: statements sent and rows
// they returned. Wraps Prisma's PostgreSQL driver adapter (the app's own), so every query Prisma
// sends is seen, inside transactions too. `measure` swaps the app's Prisma client (lib/db/client.ts
// keeps it on globalThis) for a counting one while `work` runs.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlResultSet } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/db/generated/client";

export interface QueryCost {
  statements: number;
  rows: number;
  /** Each statement with the rows it returned, for failure messages. */
  log: Array<{ sql: string; rows: number }>;
}

function counting<T extends object>(target: T, cost: QueryCost): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "queryRaw")
        return async (query: { sql: string }) => {
          const result = (await value.call(object, query)) as SqlResultSet;
          cost.statements += 1;
          cost.rows += result.rows.length;
          cost.log.push({ sql: query.sql, rows: result.rows.length });
          return result;
        };
      if (property === "executeRaw")
        return async (query: { sql: string }) => {
          cost.statements += 1;
          cost.log.push({ sql: query.sql, rows: 0 });
          return value.call(object, query) as Promise<number>;
        };
      if (property === "startTransaction")
        return async (...args: unknown[]) => counting((await value.apply(object, args)) as object, cost);
      return value.bind(object);
    },
  });
}

function countingFactory(connectionString: string, cost: QueryCost): SqlDriverAdapterFactory {
  const factory = new PrismaPg({ connectionString, max: 4 });
  return counting(
    {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => counting((await factory.connect()) as SqlDriverAdapter, cost),
    } as SqlDriverAdapterFactory,
    cost,
  );
}

const holder = globalThis as unknown as { prisma?: PrismaClient };

/** Runs `work` with the app's Prisma client counting; returns what it cost. */
export async function measureQueries(work: () => Promise<unknown>): Promise<QueryCost> {
  const cost: QueryCost = { statements: 0, rows: 0, log: [] };
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (test/integration-global-setup.ts sets it)");
  const previous = holder.prisma;
  const client = new PrismaClient({ adapter: countingFactory(url, cost) });
  holder.prisma = client;
  try {
    await work();
  } finally {
    holder.prisma = previous;
    await client.$disconnect();
  }
  return cost;
}
