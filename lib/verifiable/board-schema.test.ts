import fs from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { BOARD_SCHEMA_PATH, boardJsonSchemaText } from "./board-schema";

const published = fs.readFileSync(BOARD_SCHEMA_PATH, "utf8");
const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(published));
const fixtures = "test/fixtures/ballots";

describe("the published JSON Schema of the ballot board", () => {
  it("is the one generated from the code (run `npm run schema` after changing the format)", () => {
    expect(published).toBe(boardJsonSchemaText());
  });

  it("accepts every example board and rejects a wrong format or an unknown field", () => {
    const boards = fs.readdirSync(fixtures).filter((file) => file.endsWith(".board.json"));
    expect(boards.length).toBeGreaterThanOrEqual(10);
    for (const file of boards) {
      const board = JSON.parse(fs.readFileSync(path.join(fixtures, file), "utf8"));
      // Tampered boards are well-formed: their fault is in the cryptography, not the shape.
      expect(validate(board), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(validate({ ...board, format: "roundtable.ballot-board/2" })).toBe(false);
      expect(validate({ ...board, voter: "someone" })).toBe(false);
    }
  });
});
