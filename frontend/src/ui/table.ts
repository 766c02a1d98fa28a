import { el } from './dom';

/**
 * A data table: text cells, the first column read as the row's name, other columns right-aligned
 * numbers. Scrolls sideways on a narrow phone rather than squeezing.
 */
export function table(
  headings: readonly string[],
  rows: readonly (readonly string[])[],
  testid: string,
): HTMLElement {
  const cell = (tag: 'th' | 'td', text: string, index: number) =>
    el(tag, { className: index === 0 ? '' : 'num' }, text);
  const element = el(
    'table',
    { className: 'data' },
    el('thead', {}, el('tr', {}, ...headings.map((text, index) => cell('th', text, index)))),
    el(
      'tbody',
      {},
      ...rows.map((row) => el('tr', {}, ...row.map((text, index) => cell('td', text, index)))),
    ),
  );
  element.dataset['testid'] = testid;
  return el('div', { className: 'table-wrap' }, element);
}
