import "server-only";

/**
 * Reads that every member of an audience makes alike, made once per workshop state rather than
 * once per member (issue 23): when a structural change makes 2,000 open pages refresh at once,
 * their layout and page ask for the same delegations, room state, questions and lists, and the
 * first request's read serves them all.
 *
 * Keyed by what is read (workshop, topic, audience) and valid for an event seq: a caller passes the
 * seq it read from the workshop row before asking, and gets a read that started after that seq was
 * committed (so reflects at least it). Every change to what is shared here appends an event, so a
 * member who just changed something asks with a newer seq and reads afresh (read-your-writes).
 * Per instance; several instances each read once.
 */
const MAX_ENTRIES = 2_000;
const entries = new Map<string, { seq: number; value: Promise<unknown> }>();

export function sharedRead<T>(key: string, seq: number, read: () => Promise<T>): Promise<T> {
  const cached = entries.get(key);
  if (cached && cached.seq >= seq) return cached.value as Promise<T>;
  const value = read();
  // Newest last, so the oldest is the first key when the map is full.
  entries.delete(key);
  entries.set(key, { seq, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}
