// The published JSON Schema of the ballot board (docs/ballot-board.schema.json), generated from the
// zod schema in ./board.ts so that the file and the code cannot drift apart (a unit test compares).
import { z } from "zod";
import { boardSchema } from "./board";

export const BOARD_SCHEMA_PATH = "docs/ballot-board.schema.json";

export function boardJsonSchemaText(): string {
  const schema = z.toJSONSchema(boardSchema, { target: "draft-2020-12" });
  return `${JSON.stringify({ $id: "https://roundtable.example/ballot-board.schema.json", title: "Roundtable ballot board", ...schema }, null, 2)}\n`;
}
