// The published JSON Schema of the plan export (docs/plan.schema.json), generated from the zod
// schemas in ./content.ts so that the file and the code cannot drift apart (a unit test compares).
import { z } from "zod";
import { planExportSchema } from "./content";

export const PLAN_SCHEMA_PATH = "docs/plan.schema.json";

/** The JSON Schema (draft 2020-12) of a plan export, as the text written to PLAN_SCHEMA_PATH. */
export function planJsonSchemaText(): string {
  return `${JSON.stringify(z.toJSONSchema(planExportSchema, { target: "draft-2020-12" }), null, 2)}\n`;
}
