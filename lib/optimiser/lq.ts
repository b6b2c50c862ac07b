// Location quotients (issue 16): how concentrated an industry is in a delegation compared with the
// region. LQ = (the delegation's employment in the industry / its employment in all listed
// industries) / (the region's employment in the industry / the region's in all listed industries).
// Above 1: the delegation is more specialised in it than the region. Computed over the industries
// the baseline lists; 0 where a delegation has no employment in it (or the region has none). Pure.
import type { OptimiserInput } from "./input";

export type Quotients = Map<string, Map<string, number>>;

export function locationQuotients(input: Pick<OptimiserInput, "delegations" | "industries" | "baseline">): Quotients {
  const employment = new Map<string, number>();
  const ofDelegation = new Map<string, number>();
  const ofIndustry = new Map<string, number>();
  let region = 0;
  for (const row of input.baseline) {
    employment.set(`${row.delegation}/${row.industry}`, row.employment);
    ofDelegation.set(row.delegation, (ofDelegation.get(row.delegation) ?? 0) + row.employment);
    ofIndustry.set(row.industry, (ofIndustry.get(row.industry) ?? 0) + row.employment);
    region += row.employment;
  }
  return new Map(
    input.delegations.map((d) => [
      d.id,
      new Map(
        input.industries.map((i) => {
          const own = employment.get(`${d.id}/${i.code}`) ?? 0;
          const total = ofDelegation.get(d.id) ?? 0;
          const industry = ofIndustry.get(i.code) ?? 0;
          const lq = own === 0 || total === 0 || industry === 0 ? 0 : own / total / (industry / region);
          return [i.code, lq];
        }),
      ),
    ]),
  );
}
