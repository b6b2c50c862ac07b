// Helpers for the industry-plan journeys: a workshop with two delegations and their people, and
// the industries page (a delegation's list, the entry form with its industry combobox, the
// lead's submit/reopen control). Role and label locators; texts from messages/*.json.
import { randomBytes } from "node:crypto";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { acceptInvitation, addDelegation, createInvitation, createWorkshop, newPerson, type Person } from "./app";
import { t, type Lang } from "./i18n";

export interface Delegation {
  name: string;
  code: string;
}

export const JILIN: Delegation = { name: "Jilin", code: "JL" };
export const HEILONGJIANG: Delegation = { name: "Heilongjiang", code: "HLJ" };

/** A new account that joins `delegation` through a fresh invitation link of the facilitator. */
export async function joinAs(
  browser: Browser,
  facilitator: Person,
  slug: string,
  { delegation, role, label }: { delegation: string; role: "DELEGATE" | "LEAD_DELEGATE"; label: string },
): Promise<Person> {
  const link = await createInvitation(facilitator.page, { delegation, role });
  const person = await newPerson(browser, label);
  await acceptInvitation(person.page, link, slug);
  return person;
}

export interface PlanRoom {
  slug: string;
  facilitator: Person;
  /** Delegation A (Jilin) and its lead delegate; `delegateA` only if asked for. */
  a: Delegation;
  leadA: Person;
  delegateA: Person | null;
  /** Delegation B (Heilongjiang) and its lead delegate. */
  b: Delegation;
  leadB: Person;
  close(): Promise<void>;
}

/** A workshop of its own: a new facilitator, delegations Jilin (A) and Heilongjiang (B), a lead
 * delegate for each (and a plain delegate of A) who joined through invitation links. */
export async function setUpTwoDelegations(browser: Browser, { delegateA = false } = {}): Promise<PlanRoom> {
  const facilitator = await newPerson(browser, "Facilitator");
  const slug = await createWorkshop(facilitator.page, {
    title: `Plans ${randomBytes(3).toString("hex")}`,
    region: "Northeast China",
  });
  await addDelegation(facilitator.page, JILIN);
  await addDelegation(facilitator.page, HEILONGJIANG);
  const leadA = await joinAs(browser, facilitator, slug, {
    delegation: JILIN.name,
    role: "LEAD_DELEGATE",
    label: "Jilin lead",
  });
  const leadB = await joinAs(browser, facilitator, slug, {
    delegation: HEILONGJIANG.name,
    role: "LEAD_DELEGATE",
    label: "Heilongjiang lead",
  });
  const delegate = delegateA
    ? await joinAs(browser, facilitator, slug, { delegation: JILIN.name, role: "DELEGATE", label: "Jilin delegate" })
    : null;
  const people = [facilitator, leadA, leadB, ...(delegate ? [delegate] : [])];
  return {
    slug,
    facilitator,
    a: JILIN,
    leadA,
    delegateA: delegate,
    b: HEILONGJIANG,
    leadB,
    close: async () => {
      for (const person of people) await person.context.close();
    },
  };
}

/** Opens the workshop's industries page and waits until its live connection is up. */
export async function openIndustries(page: Page, slug: string, lang: Lang = "en"): Promise<void> {
  await page.goto(`/w/${slug}/industries`);
  await expect(page.getByRole("heading", { level: 1, name: t(lang, "nav.industries") })).toBeVisible();
  await expect(page.getByTestId("connection-status")).toHaveText(t(lang, "live.status.live"));
}

/** A delegation's list on the industries page (a region named after the delegation; the own one
 * reads "Jilin · your delegation"). */
export function planOf(page: Page, delegation: Delegation): Locator {
  return page.getByRole("region", { name: new RegExp(`^${delegation.name}( ·|$)`) });
}

/** The table row of the list's entry for industry `code` (e.g. "36"). */
export function entryRow(list: Locator, code: string): Locator {
  return list.getByRole("row").filter({ has: list.page().getByRole("rowheader", { name: new RegExp(`^${code} `) }) });
}

export interface EntryValues {
  /** What to type into the industry combobox ("36", "汽车", "automobiles"), the code it must
   * yield, and whether to pick the option with Enter or a click. */
  industry?: { query: string; code: string; pick?: "enter" | "click" };
  horizon?: "MEDIUM" | "LONG";
  priority?: number;
  targetValue?: string;
  targetUnit?: string;
  investmentAmount?: string;
  currency?: string;
  hubCities?: string;
  rationale?: string;
}

/** The combobox of the industries classification: type, then pick an option. */
export async function pickIndustry(
  form: Locator,
  { query, code, pick = "click" }: NonNullable<EntryValues["industry"]>,
  lang: Lang = "en",
): Promise<void> {
  const box = form.getByRole("combobox", { name: t(lang, "industries.fields.industry") });
  await box.fill(query);
  await expect(box).toHaveAttribute("aria-expanded", "true");
  // The list is a popup outside the form (Base UI's portal): the page's one open listbox.
  const option = form
    .page()
    .getByRole("listbox")
    .getByRole("option", { name: new RegExp(`^${code} `) });
  if (pick === "enter") {
    await expect(option).toHaveAttribute("data-highlighted");
    await box.press("Enter");
  } else {
    await option.click();
  }
  await expect(box).toHaveValue(new RegExp(`^${code} `));
  await expect(form.getByRole("listbox")).toHaveCount(0);
}

export async function fillEntry(form: Locator, values: EntryValues, lang: Lang = "en"): Promise<void> {
  const field = (key: string) => form.getByLabel(t(lang, `industries.fields.${key}`), { exact: true });
  if (values.industry) await pickIndustry(form, values.industry, lang);
  if (values.horizon) await field("horizon").selectOption(values.horizon);
  if (values.priority !== undefined) await field("priority").selectOption(String(values.priority));
  if (values.targetValue !== undefined) await field("targetValue").fill(values.targetValue);
  if (values.targetUnit !== undefined) await field("targetUnit").fill(values.targetUnit);
  if (values.investmentAmount !== undefined) await field("investmentAmount").fill(values.investmentAmount);
  if (values.currency !== undefined) await field("currency").fill(values.currency);
  if (values.hubCities !== undefined) await field("hubCities").fill(values.hubCities);
  if (values.rationale !== undefined) await field("rationale").fill(values.rationale);
}

/** The plan page's "Propose a clause" form, unfolded (it is open already while the plan is empty).
 * Without `lang`, in whichever language the page is. */
export async function openProposeClause(page: Page, lang?: Lang): Promise<void> {
  const text = (key: string) => {
    const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const langs: Lang[] = lang ? [lang] : ["en", "zh-CN"];
    return new RegExp(`^(?:${langs.map((l) => escape(t(l, key))).join("|")})$`);
  };
  const title = page.getByLabel(text("plan.fields.title"));
  if (!(await title.isVisible()))
    await page
      .locator("summary", { hasText: text("plan.propose") })
      .first()
      .click();
  await expect(title).toBeVisible();
}

/** The "Add a planned industry" form of a list, unfolded. */
export async function openAddForm(list: Locator, lang: Lang = "en"): Promise<Locator> {
  const form = list.getByRole("form", { name: t(lang, "industries.addEntry") });
  if (!(await form.isVisible())) await list.locator("summary", { hasText: t(lang, "industries.addEntry") }).click();
  await expect(form).toBeVisible();
  return form;
}

/** Adds an entry through the form and waits until the list shows one more row for it. */
export async function addEntry(list: Locator, values: EntryValues, lang: Lang = "en"): Promise<void> {
  const code = values.industry!.code;
  const rows = entryRow(list, code);
  const before = await rows.count();
  const form = await openAddForm(list, lang);
  await fillEntry(form, values, lang);
  await form.getByRole("button", { name: t(lang, "industries.addEntry") }).click();
  await expect(rows).toHaveCount(before + 1);
}

/** The lead delegate submits the list; the control turns into "Reopen the list for changes". */
export async function submitList(list: Locator, lang: Lang = "en"): Promise<void> {
  await list.getByRole("button", { name: t(lang, "industries.submitList") }).click();
  await expect(list.getByRole("button", { name: t(lang, "industries.reopenList") })).toBeVisible();
}

/** A message with its {params} as wildcards, e.g. "Submitted {date}" → /^Submitted .+$/. */
export function messagePattern(lang: Lang, key: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `^${t(lang, key)
      .split(/\{\w+\}/)
      .map(escape)
      .join(".+")}$`,
  );
}

/** The "Submitted {date}" line of a list. */
export function submittedStatus(lang: Lang = "en"): RegExp {
  return messagePattern(lang, "industries.listSubmitted");
}
