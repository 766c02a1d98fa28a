import { el } from './dom';

/** The line under a form that says how its action went. */
export interface FormMessage {
  readonly element: HTMLElement;
  /** Says the action worked (or what happens next). */
  ok(text: string): void;
  /** Says what went wrong, looking like an error and announced at once. */
  error(text: string): void;
  /** Says something neutral while the action runs ("Importing…"). */
  info(text: string): void;
  clear(): void;
}

/**
 * One message line for every form, so an error looks like an error everywhere (the `error` style:
 * red, marked, announced as an alert) and a success never does.
 */
export function formMessage(tag: 'p' | 'span' = 'p'): FormMessage {
  const element = el(tag, { className: 'message' });
  const show = (kind: 'ok' | 'error' | 'info', text: string) => {
    element.className = `message ${kind}`;
    element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    element.dataset['kind'] = kind;
    element.textContent = text;
  };
  return {
    element,
    ok: (text) => show('ok', text),
    error: (text) => show('error', text),
    info: (text) => show('info', text),
    clear: () => show('info', ''),
  };
}
