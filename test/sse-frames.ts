// Reads the Server-Sent Events frames of a stream opened in-process (lib/live/stream.ts).

export interface Frame {
  event: string;
  id?: string;
  data: string;
}

/** Reads SSE frames from a stream until `until` says stop (or a timeout). */
export function readFrames(stream: ReadableStream<Uint8Array>) {
  const frames: Frame[] = [];
  const decoder = new TextDecoder();
  let buffer = "";
  const reading = (async () => {
    const r = stream.getReader();
    for (;;) {
      const { value, done } = await r.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const raw = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const frame: Frame = { event: "message", data: "" };
        for (const line of raw.split("\n")) {
          const [field, ...rest] = line.split(": ");
          const value = rest.join(": ");
          if (field === "event") frame.event = value;
          if (field === "id") frame.id = value;
          if (field === "data") frame.data = value;
        }
        if (frame.data) frames.push(frame);
      }
    }
  })();
  async function waitFor(predicate: (frames: Frame[]) => boolean, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(frames)) {
      if (Date.now() > deadline) throw new Error(`timed out; frames: ${JSON.stringify(frames)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  const changes = () =>
    frames.filter((f) => f.event === "change").map((f) => JSON.parse(f.data) as { seq: number; type: string });
  return { frames, waitFor, changes, reading };
}
