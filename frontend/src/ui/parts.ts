import './screens.css';
import type { SyncManager, SyncSnapshot } from '../sync';
import { el } from './dom';
import { t, tn, type PluralKey } from './messages';

/** A screen's frame: a wide card with its heading, named for tests by `testid`. */
export function screenCard(
  testid: string,
  heading: string,
  ...children: (Node | string)[]
): HTMLElement {
  const card = el('section', { className: 'card wide' }, el('h1', {}, heading), ...children);
  card.dataset['testid'] = testid;
  return card;
}

/** A titled part of a screen. */
export function section(heading: string, ...children: (Node | string)[]): HTMLElement {
  return el('section', { className: 'part' }, el('h2', {}, heading), ...children);
}

/** A definition list of label → value pairs; a value may be an element (a button, a warning). */
export function facts(pairs: readonly (readonly [string, Node | string])[]): HTMLElement {
  return el(
    'dl',
    { className: 'facts' },
    ...pairs.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]),
  );
}

/** A button; `primary` for the screen's main action. */
export function button(
  label: string,
  onClick: () => void,
  kind: 'primary' | 'secondary' | 'chip' = 'secondary',
): HTMLButtonElement {
  const element = el('button', { type: 'button', className: kind }, label);
  element.addEventListener('click', onClick);
  return element;
}

/**
 * Calls `render` now and on every sync state change while `element` is on screen; stops listening once
 * the element has been shown and removed.
 */
export function followSync(
  manager: SyncManager,
  element: HTMLElement,
  render: (snapshot: SyncSnapshot) => void,
): void {
  let shown = false;
  const unsubscribe = manager.subscribe((snapshot) => {
    shown ||= element.isConnected;
    if (shown && !element.isConnected) {
      queueMicrotask(unsubscribe);
      return;
    }
    render(snapshot);
  });
}

/** Offers `data` as a JSON file download. */
export function downloadJson(fileName: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file input that calls `onText` with the chosen file's text. */
export function fileInput(accept: string, onText: (text: string) => void): HTMLInputElement {
  const input = el('input', { type: 'file', accept, className: 'file-input' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file !== undefined) {
      void file.text().then(onText);
      input.value = '';
    }
  });
  return input;
}

/**
 * Calls `redraw` each time a sync ends while `element` is on screen, so a list drawn from the device's
 * data shows what the sync brought.
 */
export function redrawAfterSync(
  manager: SyncManager,
  element: HTMLElement,
  redraw: () => void,
): void {
  let wasSyncing = manager.snapshot.syncing;
  followSync(manager, element, (snapshot) => {
    if (wasSyncing && !snapshot.syncing) {
      redraw();
    }
    wasSyncing = snapshot.syncing;
  });
}

/** "12 customers", or "Showing 200 of 5,000…" when the list is cut to `shown` rows. */
export function listCount(total: number, shown: number, key: PluralKey): string {
  return total > shown ? t('sell.more', { shown, total }) : tn(key, total);
}
