// `npm run schema`: writes the published JSON Schemas, generated from their zod schemas: the plan
// export (docs/plan.schema.json, lib/ratify/content.ts) and the ballot board
// (docs/ballot-board.schema.json, lib/verifiable/board.ts) and the optimiser's input
// (docs/optimiser.schema.json, lib/optimiser/input.ts). Run it after changing a format.
import fs from "node:fs";
import { PLAN_SCHEMA_PATH, planJsonSchemaText } from "@/lib/ratify/plan-schema";
import { BOARD_SCHEMA_PATH, boardJsonSchemaText } from "@/lib/verifiable/board-schema";
import { OPTIMISER_SCHEMA_PATH, optimiserJsonSchemaText } from "@/lib/optimiser/input-schema";

for (const [file, text] of [
  [PLAN_SCHEMA_PATH, planJsonSchemaText()],
  [BOARD_SCHEMA_PATH, boardJsonSchemaText()],
  [OPTIMISER_SCHEMA_PATH, optimiserJsonSchemaText()],
] as const) {
  fs.writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
