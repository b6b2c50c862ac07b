#!/bin/sh
# Prisma's CLI insists on downloading a native schema engine. We never need it: migrations run
# through the wasm engine (lib/db/migrations.ts). Pointing PRISMA_SCHEMA_ENGINE_BINARY at this
# script makes `prisma generate`, `validate` and `format` work offline.
exit 1
