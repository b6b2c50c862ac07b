/** The currency a new entry's investment is most likely in: the one the workshop's entries use
 * most (ties: the one met first), else the founding story's renminbi. The form is prefilled with
 * it; the delegate can still write another. */
export const FALLBACK_CURRENCY = "CNY";

export function usualCurrency(entries: Iterable<{ investmentCurrency: string | null }>): string {
  const counts = new Map<string, number>();
  for (const { investmentCurrency } of entries)
    if (investmentCurrency) counts.set(investmentCurrency, (counts.get(investmentCurrency) ?? 0) + 1);
  let best = FALLBACK_CURRENCY;
  let most = 0;
  for (const [currency, count] of counts)
    if (count > most) {
      best = currency;
      most = count;
    }
  return best;
}
