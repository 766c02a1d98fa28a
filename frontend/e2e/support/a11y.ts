/**
 * Checks a screen as it is shown: axe-core's WCAG 2.1 A and AA rules (colour contrast and labels
 * among them) and overflow, the page being wider than the screen or, where the layout keeps the page
 * still and scrolls inside panes, taller. axe-core is injected from `node_modules`, never from a CDN:
 * the tests run where only the npm registry is reachable, and the version is the one the lockfile pins.
 *
 * @example
 * ```ts
 * const problems: string[] = [];
 * await screenshot(page, 'sell-phone');
 * problems.push(...(await checkScreen(page, 'sell-phone')));
 * expect(problems).toEqual([]);
 * ```
 *
 * @packageDocumentation
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The rule sets axe runs: WCAG 2.0 and 2.1, levels A and AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What {@link checkScreen} may be told about the screen. */
export interface ScreenLayout {
  /**
   * False where the page itself must not scroll (the tablet's sell screen scrolls inside its panes):
   * then a page taller than the screen is a fault too. Default true.
   */
  readonly pageScrolls?: boolean;
}

/**
 * The faults of the screen on `page`, one line each, named after `screen`; empty when none. Read the
 * screen's own words in the lines: the offending element's text and what axe says about it.
 */
export async function checkScreen(
  page: Page,
  screen: string,
  layout: ScreenLayout = {},
): Promise<string[]> {
  const problems = (await overflow(page, layout.pageScrolls ?? true)).map(
    (problem) => `${screen}: ${problem}`,
  );
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: axePath });
  }
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(' '),
        summary: node.failureSummary ?? '',
        text: (document.querySelector(String(node.target[0]))?.textContent ?? '').slice(0, 60),
      })),
    }));
  }, TAGS);
  for (const violation of violations) {
    for (const node of violation.nodes) {
      problems.push(
        `${screen}: ${violation.id} (${violation.help}) at ${node.target} "${node.text.trim()}": ` +
          node.summary.replace(/\s+/g, ' ').trim(),
      );
    }
  }
  return problems;
}

/** The page's overflow, as sentences: sideways always, downwards where the page must not scroll. */
async function overflow(page: Page, pageScrolls: boolean): Promise<string[]> {
  const sizes = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
    width: window.innerWidth,
    height: window.innerHeight,
    // The outermost elements past the right edge, outside any pane that scrolls sideways, name the
    // culprit of a sideways overflow.
    culprits: [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .filter((element) => {
        for (let up = element.parentElement; up !== null; up = up.parentElement) {
          if (getComputedStyle(up).overflowX !== 'visible') {
            return false;
          }
        }
        return true;
      })
      .filter((element, _, all) => !all.includes(element.parentElement as HTMLElement))
      .slice(0, 3)
      .map((element) => {
        const right = Math.round(element.getBoundingClientRect().right);
        const classes = String(element.className).trim().split(/\s+/).join('.');
        return `${element.tagName.toLowerCase()}${classes === '' ? '' : `.${classes}`} (to ${right} px)`;
      }),
  }));
  const problems: string[] = [];
  if (sizes.scrollWidth > sizes.width) {
    problems.push(
      `the page is ${sizes.scrollWidth} px wide on a ${sizes.width} px screen: ${sizes.culprits.join(', ')}`,
    );
  }
  if (!pageScrolls && sizes.scrollHeight > sizes.height) {
    problems.push(
      `the page is ${sizes.scrollHeight} px tall on a ${sizes.height} px screen, where it must not scroll`,
    );
  }
  return problems;
}
