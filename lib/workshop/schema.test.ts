import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/server/result";
import { delegationSchema, invitationSchema, workshopSchema } from "./schema";

const workshop = {
  title: "Revitalising Northeast China",
  region: "Northeast China",
  description: "",
  mediumFrom: "2004",
  mediumTo: "2008",
  longFrom: "2004",
  longTo: "2018",
  consensusRule: "UNANIMITY",
  minSupport: "3",
};

function errors(result: { success: boolean; error?: unknown }) {
  return result.success ? {} : fieldErrorsOf(result.error as never);
}

describe("workshop schema", () => {
  it("accepts a valid form and coerces numbers", () => {
    const parsed = workshopSchema.parse(workshop);
    expect(parsed.mediumFrom).toBe(2004);
    expect(parsed.doubleMajority).toBe(false);
  });

  it("reports field-level message keys", () => {
    expect(
      errors(workshopSchema.safeParse({ ...workshop, title: " ", mediumTo: "2003", longFrom: "2000", longTo: "2003" })),
    ).toEqual({
      title: "errors.required",
      mediumTo: "errors.yearRange",
      longTo: "errors.longAfterMedium",
    });
    expect(errors(workshopSchema.safeParse({ ...workshop, mediumFrom: "soon" }))).toEqual({
      mediumFrom: "errors.year",
    });
  });

  it("requires a share for a qualified majority", () => {
    expect(errors(workshopSchema.safeParse({ ...workshop, consensusRule: "QUALIFIED_MAJORITY" }))).toEqual({
      majorityShare: "errors.required",
    });
    expect(
      errors(workshopSchema.safeParse({ ...workshop, consensusRule: "QUALIFIED_MAJORITY", majorityShare: "0.4" })),
    ).toEqual({
      majorityShare: "errors.majorityShare",
    });
  });
});

describe("delegation schema", () => {
  it("upper-cases the code and keeps optional figures optional", () => {
    const parsed = delegationSchema.parse({ name: "Jilin", code: "jl", colour: "#157347", population: "", gdp: "266" });
    expect(parsed).toMatchObject({ code: "JL", population: undefined, gdp: 266 });
  });

  it("rejects bad codes, colours and negative figures", () => {
    expect(errors(delegationSchema.safeParse({ name: "X", code: "L N", colour: "red", population: "-1" }))).toEqual({
      code: "errors.code",
      colour: "errors.colour",
      population: "errors.nonNegative",
    });
  });

  it("rejects figures beyond their column (DECIMAL(18, 3)) with a field-level message", () => {
    const base = { name: "X", code: "LN", colour: "#157347" };
    expect(errors(delegationSchema.safeParse({ ...base, population: "9007199254740993", gdp: "1e300" }))).toEqual({
      population: "errors.tooLarge",
      gdp: "errors.tooLarge",
    });
    expect(delegationSchema.parse({ ...base, population: "999999999999999" }).population).toBe(999999999999999);
  });
});

describe("invitation schema", () => {
  it("ties delegate roles to a delegation and others to none", () => {
    expect(errors(invitationSchema.safeParse({ role: "DELEGATE", expiresInDays: "7" }))).toEqual({
      delegationId: "errors.delegationRequired",
    });
    expect(errors(invitationSchema.safeParse({ role: "OBSERVER", delegationId: "d1", expiresInDays: "7" }))).toEqual({
      delegationId: "errors.noDelegationForRole",
    });
    expect(invitationSchema.safeParse({ role: "LEAD_DELEGATE", delegationId: "d1", expiresInDays: "30" }).success).toBe(
      true,
    );
  });

  it("never invites a second facilitator and bounds the expiry", () => {
    expect(errors(invitationSchema.safeParse({ role: "FACILITATOR", expiresInDays: "7" }))).toEqual({
      role: "errors.invalid",
    });
    expect(errors(invitationSchema.safeParse({ role: "OBSERVER", expiresInDays: "31" }))).toEqual({
      expiresInDays: "errors.expiryDays",
    });
  });
});
