/**
 * For zod cross-field checks (`superRefine(fn, { when: whenValid(...) })`): run the check even when
 * other fields failed, so the user sees every error at once, as long as the fields it reads are
 * themselves valid.
 */
export const whenValid =
  (...fields: string[]) =>
  (payload: { issues: ReadonlyArray<{ path?: ReadonlyArray<PropertyKey> }> }) =>
    !payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));
