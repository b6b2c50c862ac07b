// Prisma's schema engine (the part behind `prisma migrate`), run as WebAssembly because the native
// binary cannot be downloaded on our machines. It talks to PostgreSQL through a driver adapter
// (`@prisma/adapter-pg`) instead of its own network code. Use it through lib/db/migrations.ts.
import fs from "node:fs";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlQuery, SqlResultSet } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaContainer, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

export type { SchemaEngine };

declare global {
  // Read by the wasm glue code when the engine panics.
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void } | undefined;
}

let lastPanic: string | null = null;
let loaded: Promise<void> | null = null;
const timers = new Set<NodeJS.Timeout>();
let running = 0;

/** Instantiates the wasm module once per process (a plain `import` of the package fails in Node). */
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    // Must exist before the first panic, otherwise the panic text is lost behind a TypeError.
    globalThis.PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => {
        lastPanic = message;
      },
    };
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
    const imports: Record<string, unknown> = { ...bg };
    // The engine arms timers (e.g. 10 s around its advisory lock) and never clears them, which kept
    // every process alive 10 s after its last migration. Track them so withSchemaEngine can clear
    // whatever is left once no engine is running.
    for (const name of Object.keys(bg).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
      const setTimer = (bg as unknown as Record<string, (callback: () => void, ms: number) => NodeJS.Timeout>)[name]!;
      imports[name] = (callback: () => void, ms: number) => {
        const timer = setTimer(() => {
          timers.delete(timer);
          callback();
        }, ms);
        timers.add(timer);
        return timer;
      };
    }
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as { __wbindgen_start(): void };
    bg.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return loaded;
}

/** Connection fields of a postgres:// URL, kept separate so that `database` can be swapped. */
function connectionFields(databaseUrl: string): pg.PoolConfig {
  const url = new URL(databaseUrl);
  const sslmode = url.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(url.hostname).replace(/^\[(.*)\]$/, "$1"),
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
  };
}

/**
 * Wraps `queryRaw` so that PostgreSQL's internal `"char"` type (OID 18, e.g. `pg_class.relkind`,
 * which the engine reads while describing a schema) comes back as column type Character instead of
 * failing with UnsupportedNativeDataType. The stock adapter maps result columns in `queryRaw` from
 * the rows its private `performIO` returns; we run the original `queryRaw` on a per-call view of the
 * adapter whose `performIO` relabels those columns as text, then mark them Character.
 */
function reportCharColumns<T extends object>(queryable: T): T {
  const target = queryable as T & {
    queryRaw(query: SqlQuery): Promise<SqlResultSet>;
    performIO(query: SqlQuery): Promise<pg.QueryResult>;
  };
  const originalQueryRaw = target.queryRaw;
  const performIO = target.performIO.bind(target);
  target.queryRaw = async function queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    const charColumns: number[] = [];
    const view = Object.create(target, {
      performIO: {
        value: async (q: SqlQuery) => {
          const result = await performIO(q);
          const fields = result.fields.map((field, i) => {
            if (field.dataTypeID !== 18) return field;
            charColumns.push(i);
            return { ...field, dataTypeID: pg.types.builtins.TEXT };
          });
          return { ...result, fields };
        },
      },
    });
    const result = await originalQueryRaw.call(view, query);
    for (const i of charColumns) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

function patchAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  reportCharColumns(adapter);
  // The stock executeScript splits the script at every ";", which breaks dollar-quoted function
  // bodies (triggers) and string literals. Send the migration as one simple query instead, as the
  // native engine does (PostgreSQL runs it as one implicit transaction).
  const pool = (adapter as SqlDriverAdapter & { underlyingDriver(): pg.Pool }).underlyingDriver();
  const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      onError(error);
    }
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => reportCharColumns(await startTransaction(isolationLevel));
  return adapter;
}

/**
 * PrismaPg with working shadow databases (needed by `diff` from a migrations directory):
 * 1. the stock factory spreads `{ connectionString, database }` for the shadow pool, and pg lets the
 *    connection string win, so the "shadow" database was the main one: we pass separate fields;
 * 2. it dropped the shadow database while its own pool was still connected: we end that pool first
 *    and drop WITH (FORCE);
 * 3. "char" columns, see reportCharColumns;
 * and scripts with ";" inside function bodies or strings, see patchAdapter.
 */
export class MigrationPg extends PrismaPg {
  private readonly fields: pg.PoolConfig;
  /** Everything we opened, so `close()` can end pools the engine never disposes. */
  private readonly open = new Set<() => Promise<void>>();

  constructor(databaseUrl: string) {
    const fields = connectionFields(databaseUrl);
    super(fields);
    this.fields = fields;
  }

  override async connect() {
    return this.track(patchAdapter(await super.connect())) as Awaited<ReturnType<PrismaPg["connect"]>>;
  }

  override async connectToShadowDb() {
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await this.admin(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...this.fields, database }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      try {
        await dispose();
      } finally {
        await this.admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      }
    };
    return this.track(patchAdapter(shadow)) as Awaited<ReturnType<PrismaPg["connectToShadowDb"]>>;
  }

  /** Disposes every adapter still open (idempotent: pg throws when a pool is ended twice). */
  async close(): Promise<void> {
    for (const dispose of [...this.open]) await dispose();
  }

  private track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    const dispose = adapter.dispose.bind(adapter);
    let done: Promise<void> | undefined;
    const once = () => {
      this.open.delete(once);
      return (done ??= dispose());
    };
    adapter.dispose = once;
    this.open.add(once);
    return adapter;
  }

  /** A one-off connection to the main database for CREATE/DROP DATABASE (not in a transaction). */
  private async admin(sql: string): Promise<void> {
    const client = new pg.Client(this.fields);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}

/**
 * Runs `fn` with an engine connected to `databaseUrl` and the given schema, then frees it. Engine
 * panics are rethrown with the panic message (otherwise they surface as "unreachable").
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  schema: SchemaContainer[],
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const factory = new MigrationPg(databaseUrl);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  lastPanic = null;
  let engine: SchemaEngine | undefined;
  running++;
  try {
    engine = await bg.SchemaEngine.new(
      { datamodels: schema.map((file) => [file.path, file.content]) },
      // Engine log lines; only wanted when debugging.
      (line: unknown) => {
        if (process.env.ROUNDTABLE_DB_DEBUG) console.error(line);
      },
      adapter,
    );
    return await fn(engine);
  } catch (error) {
    if (lastPanic) throw new Error(`Schema engine panicked: ${lastPanic}`, { cause: error });
    throw error;
  } finally {
    engine?.free();
    await factory.close();
    if (--running === 0) {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    }
  }
}
