import { el } from './dom';
import { t } from './messages';

/** The shell's navigation: its element, and marking the screen shown. */
export interface NavMenu {
  readonly element: HTMLElement;
  /** Marks the link of `route` as the current screen (and "More" when it sits in the menu). */
  select(route: string): void;
}

/**
 * The screens' links in one row, as many as fit; the rest sit under a "More" button that opens them
 * as a list. Nothing is cut off and nothing scrolls sideways out of sight, at any width or language.
 */
export function navMenu(links: readonly HTMLAnchorElement[]): NavMenu {
  const row = el('div', { className: 'nav-row' }, ...links);
  const more = el('button', { type: 'button', className: 'nav-more' }, t('nav.more'));
  const menu = el('div', { className: 'nav-menu', id: 'nav-menu', hidden: true });
  more.setAttribute('aria-controls', menu.id);
  more.setAttribute('aria-expanded', 'false');
  const element = el('nav', { className: 'app-nav', ariaLabel: t('nav.label') }, row, more, menu);

  const open = (shown: boolean) => {
    menu.hidden = !shown;
    more.setAttribute('aria-expanded', String(shown));
  };
  more.addEventListener('click', () => open(more.getAttribute('aria-expanded') !== 'true'));
  // Going to a screen, from the row or the menu, closes the menu.
  element.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a') !== null) {
      open(false);
    }
  });
  document.addEventListener('click', (event) => {
    if (!element.contains(event.target as Node)) {
      open(false);
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && more.getAttribute('aria-expanded') === 'true') {
      open(false);
      more.focus();
    }
  });

  const markMore = () => more.classList.toggle('active', menu.querySelector('a.active') !== null);
  // Puts every link back in the row, then moves the last ones into the menu until the row fits.
  const fit = () => {
    row.append(...links);
    more.hidden = row.scrollWidth <= row.clientWidth;
    for (let index = links.length - 1; index > 0 && row.scrollWidth > row.clientWidth; index--) {
      menu.prepend(links[index] as HTMLAnchorElement);
    }
    if (menu.childElementCount === 0) {
      open(false);
    }
    markMore();
  };
  new ResizeObserver(fit).observe(element);

  return {
    element,
    select(route) {
      links.forEach((link) => link.classList.toggle('active', link.dataset['route'] === route));
      markMore();
    },
  };
}
