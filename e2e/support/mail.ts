// Reading what the app sent, as a newcomer would: in the development mailbox (/dev/mailbox), where
// the e2e server's local mail catcher keeps every message.
import { expect, type Page } from "@playwright/test";

/** How many messages to `address` the mailbox lists. */
export async function mailCount(page: Page, address: string): Promise<number> {
  await page.goto("/dev/mailbox");
  return page.getByTestId("mailbox-message").filter({ hasText: address }).count();
}

/** Opens the newest message to `address`, checks its subject, and answers the first link in its
 * text whose path starts with `path` (e.g. "/invite/"). */
export async function linkInMailbox(page: Page, address: string, subject: string, path: string): Promise<string> {
  // The worker delivers within a moment of the request; the list is a page, so look again.
  await expect.poll(() => mailCount(page, address)).toBeGreaterThan(0);
  const message = page.getByTestId("mailbox-message").filter({ hasText: address }).first();
  await expect(message).toContainText(subject);
  await message.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  const text = (await page.getByTestId("mailbox-text").textContent()) ?? "";
  const link = text.split(/\s+/).find((word) => /^https?:\/\//.test(word) && new URL(word).pathname.startsWith(path));
  expect(link, `a ${path} link in the message`).toBeTruthy();
  return link!;
}
