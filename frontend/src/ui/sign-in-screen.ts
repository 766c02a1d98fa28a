import { SyncError, signIn, type User } from '../sync';
import { el } from './dom';
import { errorText } from './error-text';
import { t } from './messages';

/**
 * The sign-in form; calls `onSignedIn` once the server accepts the credentials. `waiting` says what
 * this device holds that the server has not confirmed, so nobody walks away from a till with sales on
 * it thinking they are lost or sent.
 */
export function signInScreen(
  onSignedIn: (user: User) => void,
  notice = '',
  waiting = '',
): HTMLElement {
  const username = field('username', 'text', 'username', t('signIn.username'));
  const password = field('password', 'password', 'current-password', t('signIn.password'));
  const error = el('p', { className: 'error', role: 'alert' });
  const submit = el('button', { type: 'submit', className: 'primary' }, t('signIn.submit'));
  const form = el(
    'form',
    { className: 'card' },
    el('h1', {}, t('signIn.heading')),
    el('p', { className: 'warn-banner', role: 'status', hidden: waiting === '' }, waiting),
    el('p', { className: 'muted', hidden: notice === '' }, notice),
    username.label,
    password.label,
    error,
    submit,
  );
  username.input.autocapitalize = 'none';
  username.input.spellcheck = false;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    submit.textContent = t('signIn.submitting');
    error.textContent = '';
    signIn({ username: username.input.value.trim(), password: password.input.value }).then(
      onSignedIn,
      (failure: unknown) => {
        error.textContent = errorText(failure);
        submit.textContent = t('signIn.submit');
        password.input.value = '';
        password.input.focus();
        // After too many attempts the server refuses until Retry-After has passed; so does the button.
        const wait = failure instanceof SyncError ? failure.retryAfterSeconds : undefined;
        if (wait === undefined) {
          submit.disabled = false;
        } else {
          setTimeout(() => (submit.disabled = false), wait * 1000);
        }
      },
    );
  });
  queueMicrotask(() => username.input.focus());
  return form;
}

function field(name: string, type: string, autocomplete: AutoFill, text: string) {
  const input = el('input', { name, id: name, type, autocomplete, required: true });
  const label = el('label', { className: 'field' }, el('span', {}, text), input);
  return { label, input };
}
