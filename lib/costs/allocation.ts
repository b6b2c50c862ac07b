// Cost sharing for shared services (docs/cost-sharing.md). `allocateCost` is pure: exact rational
// arithmetic (BigInt) for the shares, then the largest-remainder (Hamilton) method on minor units,
// so the rounded shares always sum exactly to the cost and do not depend on the delegations' order.

export type AllocationBasis = "EQUAL" | "POPULATION" | "GDP" | "USAGE" | "CUSTOM";
export const ALLOCATION_BASES: readonly AllocationBasis[] = ["EQUAL", "POPULATION", "GDP", "USAGE", "CUSTOM"];
export interface BlendComponent {
  basis: AllocationBasis;
  weight: number;
}
/** A blend of bases whose weights are > 0 and sum to 1 (within 1e-9). */
export type AllocationRule = BlendComponent[];
export interface CostDelegation {
  id: string;
  name: string;
  population: number | null;
  gdp: number | null;
  usage: number | null;
  customWeight: number | null;
}
export interface AllocationInput {
  /** The annual cost in minor units (cents, fen): a safe integer ≥ 0. */
  costMinor: number;
  /** ISO 4217 code; see `minorUnitDigits`. */
  currency: string;
  rule: AllocationRule;
  delegations: CostDelegation[];
}
export interface AllocationRow {
  delegationId: string;
  /** The rounded share in minor units. */
  shareMinor: number;
  /** The rule's exact share of the cost, in percent (before rounding). */
  percent: number;
  /** The exact share in minor units (a float approximation of an exact rational). */
  exactShare: number;
  /** Per basis: its normalised weight and this delegation's fraction of the basis total. */
  components: Array<{ basis: AllocationBasis; weight: number; fraction: number }>;
}
export type AllocationProblem =
  | { kind: "missing-figure"; basis: AllocationBasis; delegationIds: string[] }
  | { kind: "invalid-figure"; basis: AllocationBasis; delegationIds: string[] }
  | { kind: "zero-total"; basis: AllocationBasis }
  | { kind: "invalid-rule"; message: string }
  | { kind: "invalid-input"; message: string }
  | { kind: "no-delegations" };
export type AllocationResult =
  | {
      ok: true;
      rows: AllocationRow[];
      totalMinor: number;
      currency: string;
      formula: string;
      /** Minor units left after flooring, and who received one each (in priority order). */
      remainder: { minor: number; assignedTo: string[] };
    }
  | { ok: false; problems: AllocationProblem[] };

const FIGURE: Record<Exclude<AllocationBasis, "EQUAL">, "population" | "gdp" | "usage" | "customWeight"> = {
  POPULATION: "population",
  GDP: "gdp",
  USAGE: "usage",
  CUSTOM: "customWeight",
};

/** Problems with a rule, as English messages; empty when the rule is valid. */
export function validateRule(rule: AllocationRule): string[] {
  const messages: string[] = [];
  if (rule.length === 0) messages.push("The rule has no components.");
  const seen = new Set<AllocationBasis>();
  for (const { basis, weight } of rule) {
    if (!ALLOCATION_BASES.includes(basis)) messages.push(`Unknown basis "${String(basis)}".`);
    else if (seen.has(basis)) messages.push(`Basis ${basis} appears more than once.`);
    seen.add(basis);
    if (!Number.isFinite(weight) || weight <= 0) messages.push(`The weight of ${basis} must be greater than 0.`);
  }
  const sum = rule.reduce((total, component) => total + component.weight, 0);
  if (rule.length > 0 && Number.isFinite(sum) && Math.abs(sum - 1) > 1e-9) {
    messages.push(`The weights must sum to 1 (they sum to ${sum}).`);
  }
  return messages;
}

// --- Exact rationals: [numerator, denominator], denominator > 0. ---
type Rational = readonly [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};
const reduce = ([n, d]: Rational): Rational => {
  const g = gcd(n, d);
  return g > 1n ? [n / g, d / g] : [n, d];
};
const add = (a: Rational, b: Rational): Rational => reduce([a[0] * b[1] + b[0] * a[1], a[1] * b[1]]);
const mul = (a: Rational, b: Rational): Rational => reduce([a[0] * b[0], a[1] * b[1]]);
const div = (a: Rational, b: Rational): Rational => reduce([a[0] * b[1], a[1] * b[0]]);

/** The decimal a finite number ≥ 0 prints as (its shortest round-trip form), exactly: 0.1 is 1/10. */
function toRational(value: number): Rational {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new Error(`not a finite non-negative number: ${value}`);
  const fraction = match[2] ?? "";
  const exponent = Number(match[3] ?? 0) - fraction.length;
  const digits = BigInt(`${match[1] ?? "0"}${fraction}`);
  return exponent >= 0 ? [digits * 10n ** BigInt(exponent), 1n] : reduce([digits, 10n ** BigInt(-exponent)]);
}

/** n / d as a float without overflow, for n, d ≥ 0 with n / d small (≤ cost). */
function toNumber([n, d]: Rational): number {
  return Number(n / d) + Number(((n % d) * 2n ** 64n) / d) / 2 ** 64;
}

export function allocateCost(input: AllocationInput): AllocationResult {
  const { costMinor, currency, rule, delegations } = input;
  const problems: AllocationProblem[] = [];
  if (!Number.isSafeInteger(costMinor) || costMinor < 0) {
    problems.push({ kind: "invalid-input", message: "The cost must be a whole number of minor units, at least 0." });
  }
  if (!/^[A-Z]{3}$/.test(currency)) problems.push({ kind: "invalid-input", message: "Unknown currency code." });
  for (const message of validateRule(rule)) problems.push({ kind: "invalid-rule", message });
  if (delegations.length === 0) problems.push({ kind: "no-delegations" });
  const ids = new Set(delegations.map((d) => d.id));
  if (ids.size !== delegations.length) problems.push({ kind: "invalid-input", message: "Duplicate delegation id." });
  if (problems.length > 0) return { ok: false, problems };

  // Per component: its exact weight and every delegation's exact fraction of the basis total.
  const n = BigInt(delegations.length);
  const weightSum = rule.reduce<Rational>((sum, c) => add(sum, toRational(c.weight)), [0n, 1n]);
  const parts: Array<{ basis: AllocationBasis; weight: Rational; fractions: Rational[] }> = [];
  for (const { basis, weight } of rule) {
    const normalised = div(toRational(weight), weightSum); // exact sum 1 despite float weights
    if (basis === "EQUAL") {
      parts.push({ basis, weight: normalised, fractions: delegations.map((): Rational => [1n, n]) });
      continue;
    }
    const values = delegations.map((d) => d[FIGURE[basis]]);
    const where = (test: (v: number | null) => boolean) => delegations.filter((_, i) => test(values[i] ?? null));
    const missing = where((v) => v === null).map((d) => d.id);
    const invalid = where((v) => v !== null && !(Number.isFinite(v) && v >= 0)).map((d) => d.id);
    if (missing.length > 0) problems.push({ kind: "missing-figure", basis, delegationIds: missing });
    if (invalid.length > 0) problems.push({ kind: "invalid-figure", basis, delegationIds: invalid });
    if (missing.length > 0 || invalid.length > 0) continue;
    const figures = values.map((v) => toRational(v ?? 0));
    const total = figures.reduce(add, [0n, 1n]);
    if (total[0] === 0n) problems.push({ kind: "zero-total", basis });
    else parts.push({ basis, weight: normalised, fractions: figures.map((f) => div(f, total)) });
  }
  if (problems.length > 0) return { ok: false, problems };

  // Exact shares in minor units over one common denominator: shares[i] / denominator.
  const cost = BigInt(costMinor);
  const exact = delegations.map((_, i) =>
    parts.reduce<Rational>((sum, p) => add(sum, mul([cost, 1n], mul(p.weight, p.fractions[i] ?? [0n, 1n]))), [0n, 1n]),
  );
  const denominator = exact.reduce((l, [, d]) => (l / gcd(l, d)) * d, 1n);
  const shares = exact.map(([num, d]) => num * (denominator / d));
  if (shares.reduce((a, b) => a + b, 0n) !== cost * denominator) throw new Error("allocation: exact shares ≠ cost");

  // Largest remainder: floor everything, then one minor unit each to the largest remainders.
  // Ties: larger exact share first, then delegation id ascending (code-unit order) — order-free.
  const floors = shares.map((s) => s / denominator);
  const leftover = Number(cost - floors.reduce((a, b) => a + b, 0n));
  const at = (list: bigint[], i: number) => list[i] ?? 0n;
  const remainders = shares.map((s) => s % denominator);
  const priority = delegations
    .map((d, i) => ({ id: d.id, i }))
    .sort((a, b) => {
      const byRemainder = at(remainders, b.i) - at(remainders, a.i);
      if (byRemainder !== 0n) return byRemainder > 0n ? 1 : -1;
      const byShare = at(shares, b.i) - at(shares, a.i);
      if (byShare !== 0n) return byShare > 0n ? 1 : -1;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
  const winners = priority.slice(0, leftover);
  const extra = new Set(winners.map((w) => w.i));

  const rows: AllocationRow[] = delegations.map((d, i) => {
    const fraction = parts.reduce<Rational>((sum, p) => add(sum, mul(p.weight, p.fractions[i] ?? [0n, 1n])), [0n, 1n]);
    return {
      delegationId: d.id,
      shareMinor: Number(at(floors, i)) + (extra.has(i) ? 1 : 0),
      percent: toNumber(mul(fraction, [100n, 1n])),
      exactShare: toNumber([at(shares, i), denominator]),
      components: parts.map((p) => ({
        basis: p.basis,
        weight: toNumber(p.weight),
        fraction: toNumber(p.fractions[i] ?? [0n, 1n]),
      })),
    };
  });
  const formula = formatFormula(rule, delegations.length);
  return {
    ok: true,
    rows,
    totalMinor: costMinor,
    currency,
    formula,
    remainder: { minor: leftover, assignedTo: winners.map((w) => w.id) },
  };
}

/** The rule as data the UI can translate: bases with their weights (as given) and percent labels. */
export function describeRule(rule: AllocationRule): Array<{ basis: AllocationBasis; weight: number; percent: string }> {
  return rule.map(({ basis, weight }) => ({ basis, weight, percent: `${Number((weight * 100).toFixed(2))}%` }));
}

const TERMS: Record<AllocationBasis, (n: number | undefined) => string> = {
  EQUAL: (n) => `1/${n ?? "n"}`,
  POPULATION: () => "population / total population",
  GDP: () => "GDP / total GDP",
  USAGE: () => "declared usage / total declared usage",
  CUSTOM: () => "custom weight / total custom weights",
};

/** English formula, e.g. "share = 50% × 1/3 + 50% × population / total population". */
export function formatFormula(rule: AllocationRule, delegationCount?: number): string {
  const terms = describeRule(rule).map(({ basis, percent }) => {
    const term = TERMS[basis](delegationCount);
    return rule.length === 1 ? term : `${percent} × ${term}`;
  });
  return `share = ${terms.join(" + ")}`;
}

// --- Money. ISO 4217 minor units: 2 decimals unless listed here. ---
const ZERO_DECIMALS = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split(" ");
const THREE_DECIMALS = "BHD IQD JOD KWD LYD OMR TND".split(" ");

export function minorUnitDigits(currency: string): number {
  const code = currency.toUpperCase();
  return ZERO_DECIMALS.includes(code) ? 0 : THREE_DECIMALS.includes(code) ? 3 : 2;
}

/**
 * Minor units from what a user typed: "1,234.56", "1234", "1234.5". Commas must group thousands;
 * null for negatives, more decimals than the currency has, anything else, or beyond a safe integer.
 */
export function parseMoney(text: string, currency: string): number | null {
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(text.trim());
  const digits = minorUnitDigits(currency);
  if (!match || (match[2] ?? "").length > digits) return null;
  const whole = (match[1] ?? "").replaceAll(",", "");
  const minor = BigInt(whole + (match[2] ?? "").padEnd(digits, "0"));
  return minor <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(minor) : null;
}

/** Formats minor units exactly (no float division), e.g. 123456 CNY in "en" → "CN¥1,234.56". */
export function formatMinor(minor: number, currency: string, locale: string): string {
  const digits = minorUnitDigits(currency);
  const sign = minor < 0 ? "-" : "";
  const text = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, "0");
  const decimal = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return format.format(`${sign}${decimal}` as `${number}`);
}
