"use server";

import { z } from "zod";
import { fields, workshopAction } from "@/lib/server/action";
import { saveGlossary } from "./mutations";

// The glossary's text is parsed by the mutation, which reports the first bad line; here only its
// size is bounded (500 terms of two sides of 800 characters, with separators).
const glossarySchema = z.object({
  terms: z.string().max(820_000, "errors.tooLong"),
  revision: z.string().max(64),
});

export const saveGlossaryAction = workshopAction({
  name: "saveGlossary",
  permission: "delegations.manage",
  input: fields,
  schema: glossarySchema,
  run: (who, { terms, revision }) => saveGlossary(who.workshopId, who.userId, terms, revision),
});
