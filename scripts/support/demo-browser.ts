// Signing a script's browser page in as a demo account (bench actions, screenshots), through the
// sign-in form as a person would.
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-data";

export async function signInDemo(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill(DEMO_PASSWORD);
  await page.locator("form button[type=submit]").first().click();
  await page.waitForURL((url) => url.pathname === "/workshops");
}
