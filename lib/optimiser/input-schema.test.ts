import fs from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { OPTIMISER_SCHEMA_PATH, optimiserJsonSchemaText } from "./input-schema";

const published = fs.readFileSync(OPTIMISER_SCHEMA_PATH, "utf8");
const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(published));

describe("the published JSON Schema of the optimiser's input", () => {
  it("is the one generated from the code (run `npm run schema` after changing the format)", () => {
    expect(published).toBe(optimiserJsonSchemaText());
  });

  it("accepts the example inputs and rejects a wrong format or an unknown field", () => {
    const directory = "test/fixtures/optimiser";
    for (const file of fs.readdirSync(directory)) {
      const input = JSON.parse(fs.readFileSync(path.join(directory, file), "utf8"));
      expect(validate(input), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(validate({ ...input, format: "roundtable.optimiser-input/2" })).toBe(false);
      expect(validate({ ...input, weights: {} })).toBe(false);
    }
  });
});
