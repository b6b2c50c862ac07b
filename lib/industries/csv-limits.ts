/** The largest plan CSV accepted: checked in the browser before upload, and again on the server.
 * The server-action body limit (next.config.ts) leaves room above it for the rest of the form. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
