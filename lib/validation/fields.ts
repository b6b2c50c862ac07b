// Field schemas every domain's forms share, so that a rule about bad input is written once.
import { z } from "zod";

/** An empty or blank form value means "not given". */
export const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** An object's id as the app writes them (cuid, UUID): letters, digits, `-` and `_` only, so a
 * NUL byte or anything else crafted never reaches a query. */
export const id = z
  .string({ message: "errors.invalid" })
  .min(1, "errors.invalid")
  .max(64, "errors.invalid")
  .regex(/^[\w-]+$/, "errors.invalid");

/** A checkbox as a form posts it: "on" (or "true", or true) when ticked, absent otherwise. */
export const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** The version an edit was based on (optimistic locking): a positive integer column. */
export const version = z.coerce
  .number({ message: "errors.invalid" })
  .int("errors.invalid")
  .min(1, "errors.invalid")
  .max(2_147_483_647, "errors.invalid");
