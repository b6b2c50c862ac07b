import { describe, expect, it } from "vitest";
import { sharedRead } from "./shared-read";

describe("sharedRead", () => {
  it("serves a read to every caller at its seq or an older one, and reads again for a newer seq", async () => {
    let reads = 0;
    const read = async () => ++reads;
    const key = `k-${Math.random()}`;
    const first = await Promise.all([sharedRead(key, 5, read), sharedRead(key, 5, read), sharedRead(key, 3, read)]);
    expect(first).toEqual([1, 1, 1]);
    // Someone saw seq 6 committed: the read at 5 may not reflect it.
    expect(await sharedRead(key, 6, read)).toBe(2);
    expect(await sharedRead(key, 5, read)).toBe(2);
    expect(reads).toBe(2);
  });

  it("does not keep a failed read", async () => {
    const key = `k-${Math.random()}`;
    await expect(sharedRead(key, 1, () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await sharedRead(key, 1, async () => "back")).toBe("back");
  });

  it("keeps separate keys apart", async () => {
    const [a, b] = [`a-${Math.random()}`, `b-${Math.random()}`];
    expect(await sharedRead(a, 1, async () => "a")).toBe("a");
    expect(await sharedRead(b, 1, async () => "b")).toBe("b");
  });
});
