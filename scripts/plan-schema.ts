// `npm run schema`: writes the published JSON Schema of the plan export (docs/plan.schema.json)
// from the zod schemas in lib/ratify/content.ts. Run it after changing the plan's format.
import fs from "node:fs";
import { PLAN_SCHEMA_PATH, planJsonSchemaText } from "@/lib/ratify/plan-schema";

fs.writeFileSync(PLAN_SCHEMA_PATH, planJsonSchemaText());
console.log(`wrote ${PLAN_SCHEMA_PATH}`);
