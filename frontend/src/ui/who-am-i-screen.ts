import { SyncError, signOut, type User } from '../sync';
import { el } from './dom';
import { errorText } from './error-text';
import { t } from './messages';

/** Shows who is signed in and offers to sign out; calls `onSignedOut` when the session is gone. */
export function whoAmIScreen(user: User, onSignedOut: () => void): HTMLElement {
  const error = el('p', { className: 'error', role: 'alert' });
  const button = el('button', { type: 'button', className: 'secondary' }, t('whoAmI.signOut'));
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = t('whoAmI.signingOut');
    error.textContent = '';
    signOut().then(onSignedOut, (failure: unknown) => {
      if (failure instanceof SyncError && failure.code === 'unauthenticated') {
        onSignedOut(); // The session had already ended.
        return;
      }
      error.textContent = errorText(failure);
      button.disabled = false;
      button.textContent = t('whoAmI.signOut');
    });
  });
  return el(
    'section',
    { className: 'card' },
    el('h1', {}, t('whoAmI.heading')),
    el(
      'dl',
      { className: 'facts' },
      ...fact(t('whoAmI.displayName'), user.displayName),
      ...fact(t('whoAmI.username'), user.username),
      ...fact(t('whoAmI.role'), t(`role.${user.role}`)),
    ),
    error,
    button,
  );
}

function fact(term: string, value: string): HTMLElement[] {
  return [el('dt', {}, term), el('dd', {}, value)];
}
