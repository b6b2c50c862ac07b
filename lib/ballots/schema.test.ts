import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/server/result";
import { toInstant } from "@/lib/validation/local-date-time";
import { ballotSchema, checkVote, proposalSchema, voteFromForm } from "./schema";

const errors = (result: { success: boolean; error?: Parameters<typeof fieldErrorsOf>[0] }) =>
  result.success ? {} : fieldErrorsOf(result.error!);

const ballot = (values: Record<string, unknown>) =>
  ballotSchema.safeParse({
    title: "Brand",
    method: "SCHULZE",
    weighting: "PER_VOTER",
    resultsVisibility: "LIVE",
    tieBreak: "NONE",
    optionIds: ["a", "b"],
    ...values,
  });

describe("ballot settings", () => {
  it("turn percentages into shares and local times into instants", () => {
    const parsed = ballot({
      quorum: "66.7",
      regionWide: "on",
      regionWideThreshold: "",
      opensAt: "2026-11-29T09:30",
      closesAt: "2026-11-29T10:00",
      timezoneOffset: "-480", // UTC+8: 09:30 in Shenyang is 01:30 UTC
    });
    expect(parsed.success && parsed.data).toMatchObject({
      quorum: 0.667,
      regionWideThreshold: 0.5,
      secret: false,
      opensAt: new Date("2026-11-29T01:30:00Z"),
      closesAt: new Date("2026-11-29T02:00:00Z"),
    });
  });

  it("report every bad field at once, with message keys", () => {
    expect(
      errors(
        ballot({
          title: " ",
          method: "DICTATOR",
          quorum: "150",
          regionWideThreshold: "33.33",
          optionIds: ["a", "a"],
          opensAt: "2026-11-29T10:00",
          closesAt: "2026-11-29T09:00",
        }),
      ),
    ).toEqual({
      title: "errors.required",
      method: "errors.ballotMethod",
      quorum: "errors.percentRange",
      regionWideThreshold: "errors.percentOneDecimal",
      optionIds: "errors.ballotOptions",
      closesAt: "errors.closesBeforeOpens",
    });
  });

  it.each(["2026-13-45T25:61", "2026-02-30T10:00", "2026-11-29T24:00", "0000-01-01T00:00"])(
    "refuses a date and time that does not exist (%s) on the field, never an Invalid Date",
    (local) => {
      expect(errors(ballot({ opensAt: local }))).toMatchObject({ opensAt: "errors.dateTime" });
      expect(errors(ballot({ closesAt: local }))).toMatchObject({ closesAt: "errors.dateTime" });
    },
  );

  it("refuse, on the conflicting field, what an encrypted ballot cannot do", () => {
    expect(errors(ballot({ encrypted: "on", secret: "on", resultsVisibility: "AFTER_CLOSE" }))).toEqual({});
    expect(
      errors(
        ballot({
          encrypted: "on",
          method: "IRV",
          regionWide: "on",
          conflictOfInterest: "on",
          optionIds: Array.from({ length: 11 }, (_, i) => `o${i}`),
        }),
      ),
    ).toEqual({
      method: "errors.encryptedIrv",
      secret: "errors.encryptedSecret",
      resultsVisibility: "errors.encryptedLive",
      regionWide: "errors.encryptedRegionWide",
      conflictOfInterest: "errors.encryptedConflict",
      optionIds: "errors.encryptedOptions",
    });
  });

  it("keep the region-wide rule off unless ticked", () => {
    const parsed = ballot({ regionWideThreshold: "70" });
    expect(parsed.success && parsed.data.regionWideThreshold).toBeNull();
  });

  it("toInstant applies the browser's offset", () => {
    expect(toInstant("2026-01-01T00:00", 60).toISOString()).toBe("2026-01-01T01:00:00.000Z");
  });
});

describe("brand proposals", () => {
  it("need a name in at least one language and a known industry", () => {
    expect(errors(proposalSchema.safeParse({ nameEn: " ", nameZh: "", industryCode: "00" }))).toEqual({
      nameEn: "errors.brandName",
      industryCode: "errors.unknownIndustry",
    });
    expect(proposalSchema.safeParse({ nameZh: "东北大米", industryCode: "13" }).success).toBe(true);
  });
});

describe("votes", () => {
  const form = (entries: Array<[string, string]>) => {
    const data = new FormData();
    for (const [k, v] of entries) data.append(k, v);
    return data;
  };

  it("are read from the form by method", () => {
    expect(
      voteFromForm(
        "IRV",
        form([
          ["ranking", "b"],
          ["ranking", "a"],
        ]),
      ),
    ).toEqual({ ranking: ["b", "a"] });
    expect(
      voteFromForm(
        "SCORE",
        form([
          ["score:a", "4"],
          ["score:b", ""],
          ["other", "1"],
        ]),
      ),
    ).toEqual({
      scores: { a: 4 },
    });
    expect(voteFromForm("PLURALITY", form([]))).toEqual({ choice: "" });
  });

  it("are checked against the ballot's options and method", () => {
    const options = ["a", "b", "c"];
    expect(checkVote("PLURALITY", options, { choice: "a" })).toBeNull();
    expect(checkVote("PLURALITY", options, { choice: "" })).toBe("errors.voteChoice");
    expect(checkVote("APPROVAL", options, { approvals: [] })).toBeNull();
    expect(checkVote("APPROVAL", options, { approvals: ["a", "a"] })).toBe("errors.invalid");
    expect(checkVote("SCORE", options, { scores: { a: 5, b: 0 } })).toBeNull();
    expect(checkVote("SCORE", options, { scores: { a: 2.5 } })).toBe("errors.voteScore");
    expect(checkVote("SCHULZE", options, { ranking: ["c"] })).toBeNull();
    expect(checkVote("SCHULZE", options, { ranking: [] })).toBe("errors.voteRanking");
    expect(checkVote("BORDA", options, { ranking: ["d"] })).toBe("errors.invalid");
    expect(checkVote("IRV", options, { choice: "a" })).toBe("errors.voteChoice");
  });
});
