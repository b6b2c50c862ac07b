import { describe, expect, it } from "vitest";
import { FALLBACK_CURRENCY, usualCurrency } from "./currency";

const entries = (...currencies: Array<string | null>) =>
  currencies.map((investmentCurrency) => ({ investmentCurrency }));

describe("usualCurrency", () => {
  it("is the renminbi for a workshop without any investment yet", () => {
    expect(usualCurrency([])).toBe(FALLBACK_CURRENCY);
    expect(usualCurrency(entries(null, null))).toBe("CNY");
  });

  it("is the currency the entries use most", () => {
    expect(usualCurrency(entries("EUR", null, "USD", "EUR", "CNY"))).toBe("EUR");
  });

  it("breaks a tie by the first met", () => {
    expect(usualCurrency(entries("USD", "EUR", "EUR", "USD"))).toBe("USD");
  });
});
