/**
 * Steps through the back-office screens: open one from the navigation (as a person taps it) or by
 * its address (works offline), and read what the screens show.
 *
 * @packageDocumentation
 */
import type { Locator, Page } from 'playwright-core';

/** Screen name (as in `src/ui/routes.ts`) → the `data-testid` of its card. */
export const SCREEN_IDS: Readonly<Record<string, string>> = {
  history: 'history',
  sync: 'sync-screen',
  shift: 'shift',
  customers: 'customers',
  products: 'products',
  reports: 'reports',
  conflicts: 'conflicts',
  devices: 'devices',
  users: 'users',
  settings: 'settings',
};

/** Taps a screen's link in the navigation and waits for the screen. */
export async function openScreen(page: Page, name: string): Promise<Locator> {
  await page.locator(`nav a[data-route="${name}"]`).click();
  const screen = page.getByTestId(SCREEN_IDS[name] ?? name);
  await screen.waitFor({ state: 'visible' });
  return screen;
}

/** Goes to `#/<path>` (a detail such as `products/<id>/edit`), as a link or bookmark would. */
export async function goTo(page: Page, path: string, testId: string): Promise<Locator> {
  await page.evaluate((hash) => (location.hash = hash), `#/${path}`);
  const screen = page.getByTestId(testId);
  await screen.waitFor({ state: 'visible' });
  return screen;
}

/** The routes the navigation offers, in order. */
export function navRoutes(page: Page): Promise<string[]> {
  return page
    .locator('nav.app-nav a')
    .evaluateAll((links) => links.map((link) => (link as HTMLElement).dataset['route'] ?? ''));
}

/** The label → value pairs of a definition list (`dl.facts`). */
export async function factsOf(list: Locator): Promise<Record<string, string>> {
  return list.evaluate((element) => {
    const pairs: Record<string, string> = {};
    const terms = element.querySelectorAll('dt');
    terms.forEach((term) => {
      const value = term.nextElementSibling;
      pairs[term.textContent ?? ''] = value?.textContent ?? '';
    });
    return pairs;
  });
}

/** The body rows of a data table, as text cells. */
export async function tableRows(table: Locator): Promise<string[][]> {
  return table.evaluate((element) =>
    [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
    ),
  );
}
