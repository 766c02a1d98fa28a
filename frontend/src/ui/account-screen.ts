import { loadDeviceInfo } from '../shop';
import { APP_VERSION, SyncError, UnsyncedChangesError, signOut } from '../sync';
import { el } from './dom';
import { errorText } from './error-text';
import { t, tn } from './messages';
import type { ScreenContext } from './screen-context';

/**
 * Who is signed in on this device, and sign-out, which is refused (with how many) while sales made here
 * have not reached the server: signing out must never strand a sale.
 */
export async function accountScreen({ user, manager }: ScreenContext): Promise<HTMLElement> {
  const device = await loadDeviceInfo();
  const onSignedOut = () => {
    location.hash = '';
    location.reload();
  };
  const error = el('p', { className: 'error', role: 'alert' });
  const button = el('button', { type: 'button', className: 'secondary' }, t('account.signOut'));
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = t('account.signingOut');
    error.textContent = '';
    signOut().then(onSignedOut, (failure: unknown) => {
      if (failure instanceof SyncError && failure.code === 'unauthenticated') {
        onSignedOut(); // The session had already ended.
        return;
      }
      error.textContent =
        failure instanceof UnsyncedChangesError
          ? failure.sales > 0
            ? tn('account.unsynced', failure.sales)
            : t('account.unsyncedChanges')
          : errorText(failure);
      button.disabled = false;
      button.textContent = t('account.signOut');
      void manager.syncNow();
    });
  });
  const storage =
    device.storagePersisted === true
      ? t('account.storage.persisted')
      : t('account.storage.notPersisted');
  return el(
    'section',
    { className: 'card' },
    el('h1', {}, t('account.heading')),
    el(
      'dl',
      { className: 'facts' },
      ...fact(t('account.displayName'), user.displayName),
      ...fact(t('account.username'), user.username),
      ...fact(t('account.role'), t(`role.${user.role}`)),
      ...fact(t('account.device'), device.id),
      ...fact(t('account.version'), APP_VERSION),
      ...fact(t('account.storage'), storage),
    ),
    error,
    button,
  );
}

function fact(term: string, value: string): HTMLElement[] {
  return [el('dt', {}, term), el('dd', {}, value)];
}
