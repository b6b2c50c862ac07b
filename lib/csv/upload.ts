import { z } from "zod";

/** The largest CSV file accepted (a plan, an economic base): checked in the browser before upload,
 * and again on the server. The server-action body limit (next.config.ts) leaves room above it for
 * the rest of the form. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** The uploaded file field of a CSV import form. */
export const csvFile = z
  .instanceof(File, { message: "errors.csvFileRequired" })
  .refine((file) => file.size > 0, "errors.csvFileRequired")
  .refine((file) => file.size <= MAX_CSV_BYTES, "errors.csvTooLarge");
