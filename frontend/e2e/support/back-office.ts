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

/**
 * Taps the navigation's link to `route` as a person does: in the row when it fits there, else under
 * "More".
 */
export async function tapNav(page: Page, route: string): Promise<void> {
  const link = page.locator(`nav a[data-route="${route}"]`);
  if (!(await link.isVisible())) {
    await page.locator('nav .nav-more').click();
  }
  await link.click();
}

/**
 * The navigation's links a person cannot see whole, in the row or, after tapping "More", in its
 * menu: each named with where it is. Leaves the menu open when it has one, for a screenshot.
 */
export async function hiddenNavLinks(page: Page): Promise<string[]> {
  const unseen = async (inMenu: boolean) =>
    page.locator(inMenu ? 'nav .nav-menu a' : 'nav .nav-row a').evaluateAll(
      (links, where) => {
        const visible = (link: Element) => {
          const box = link.getBoundingClientRect();
          const clip = link.parentElement?.getBoundingClientRect();
          return (
            box.width > 0 &&
            box.left >= 0 &&
            box.right <= window.innerWidth &&
            box.bottom <= window.innerHeight &&
            clip !== undefined &&
            box.left >= clip.left &&
            box.right <= clip.right
          );
        };
        return links
          .filter((link) => !visible(link))
          .map((link) => `${(link as HTMLElement).dataset['route']} (${where})`);
      },
      inMenu ? 'under More' : 'in the row',
    );
  const inRow = await unseen(false);
  const more = page.locator('nav .nav-more');
  if (!(await more.isVisible())) {
    return inRow;
  }
  await more.click();
  return [...inRow, ...(await unseen(true))];
}

/** Taps a screen's link in the navigation and waits for the screen. */
export async function openScreen(page: Page, name: string): Promise<Locator> {
  await tapNav(page, name);
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
