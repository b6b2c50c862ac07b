// The published JSON Schema of the optimiser's input (docs/optimiser.schema.json), generated from
// the zod schema in ./input.ts so that the file and the code cannot drift apart (a unit test compares).
import { z } from "zod";
import { optimiserInputSchema } from "./input";

export const OPTIMISER_SCHEMA_PATH = "docs/optimiser.schema.json";

export function optimiserJsonSchemaText(): string {
  const schema = z.toJSONSchema(optimiserInputSchema, { target: "draft-2020-12", io: "input" });
  return `${JSON.stringify({ $id: "https://roundtable.example/optimiser.schema.json", title: "Roundtable optimiser input", ...schema }, null, 2)}\n`;
}
