/**
 * Steps through the app's screens that many scenarios share. They find elements the way a user
 * does (form field names, visible text), so keep them in step with `src/ui/`.
 *
 * @packageDocumentation
 */
import type { Locator, Page } from 'playwright-core';

/** The sign-in form's parts. */
export function signInForm(page: Page): { username: Locator; password: Locator; submit: Locator } {
  const form = page.locator('form').filter({ has: page.locator('input[name="password"]') });
  return {
    username: form.locator('input[name="username"]'),
    password: form.locator('input[name="password"]'),
    submit: form.locator('button[type="submit"]'),
  };
}

/**
 * Signs in through the form on the current page and waits until the form has gone (the app shows
 * its first screen). Fails with the form's error message if the server refused.
 *
 * @param timeoutMs - for the form to appear, and then to go
 */
export async function signInThroughForm(
  page: Page,
  user: { username: string; password: string },
  timeoutMs = 30_000,
): Promise<void> {
  const form = signInForm(page);
  await form.username.waitFor({ state: 'visible', timeout: timeoutMs });
  await form.username.fill(user.username);
  await form.password.fill(user.password);
  await form.submit.click();
  try {
    await form.password.waitFor({ state: 'detached', timeout: timeoutMs });
  } catch (error) {
    const alerts = await page.getByRole('alert').allInnerTexts();
    throw new Error(
      `Still on the sign-in form after ${timeoutMs} ms: ${alerts.join(' ').trim() || 'no message'}`,
      { cause: error },
    );
  }
}

/** The user the page's session belongs to (`GET /api/auth/me` from the page), or null if none. */
export async function sessionUser(
  page: Page,
): Promise<{ username: string; display_name: string; role: string } | null> {
  return page.evaluate(async () => {
    const response = await fetch('/api/auth/me', { headers: { Accept: 'application/json' } });
    return response.ok ? response.json() : null;
  });
}
