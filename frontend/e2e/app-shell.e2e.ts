import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from './support/api';
import {
  goOffline,
  launchBrowser,
  newDevice,
  PHONE,
  screenshot,
  waitForServiceWorker,
  type Browser,
} from './support/browser';
import { seedCashier } from './support/fixtures';
import { sessionUser, signInForm, signInThroughForm } from './support/ui';

describe('App shell', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('signs a cashier in on a phone and reopens offline', async () => {
    const amina = await seedCashier(await adminApi());
    const phone = await newDevice(browser, { name: 'phone', viewport: PHONE });
    const { page, context } = phone;

    await page.goto('/');
    const form = signInForm(page);
    await form.username.waitFor({ state: 'visible' });
    expect(await form.password.isVisible()).toBe(true);
    expect(await form.submit.isEnabled()).toBe(true);
    await screenshot(page, 'app-shell-sign-in');

    await signInThroughForm(page, amina);
    expect(await sessionUser(page)).toMatchObject({
      username: amina.username,
      display_name: 'Amina Wanjiru',
      role: 'CASHIER',
    });
    await screenshot(page, 'app-shell-signed-in');

    await waitForServiceWorker(page);
    await goOffline(context);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    // The shell's status bar, not the brand: phones hide the brand once the shell replaces the
    // loading header.
    await page.getByTestId('sync-status').waitFor({ state: 'visible' });
    await screenshot(page, 'app-shell-offline');

    expect(phone.pageErrors).toEqual([]);
  });
});
