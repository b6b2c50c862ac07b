import { describe, expect, it } from "vitest";
import { prisma } from "@/test/db";
import { badInputCode } from "./bad-input";

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("bad input the database refuses", () => {
  it("recognises a NUL byte in text as bad input, from the real PostgreSQL error", async () => {
    const error = await caught(prisma.workshop.findFirst({ where: { slug: "liaoning\u0000" } }));
    expect(error).not.toBeNull();
    expect(badInputCode(error)).toBe("errors.invalidCharacters");
  });

  it("recognises a number beyond its column as bad input", async () => {
    const error = await caught(prisma.$queryRaw`SELECT ${2 ** 40}::int AS n`);
    expect(badInputCode(error)).toBe("errors.invalid");
  });

  it("leaves every other failure alone", async () => {
    expect(badInputCode(new Error("boom"))).toBeNull();
    expect(badInputCode(await caught(prisma.$queryRaw`SELECT * FROM "NoSuchTable"`))).toBeNull();
    expect(badInputCode(null)).toBeNull();
  });
});
