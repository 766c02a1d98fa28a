import { fetchUsers, type UserAccount } from '../../back-office';
import { el } from '../dom';
import { errorText } from '../error-text';
import { t } from '../messages';
import { screenCard, section } from '../parts';
import type { ScreenContext } from '../screen-context';
import { newUserForm } from './new-user-form';
import { userRow } from './user-row';

/**
 * Admins manage who may use the shop: create cashiers and managers, change a role, disable an account,
 * reset a password. Accounts live on the server, so this needs the network.
 */
export async function usersScreen(context: ScreenContext): Promise<HTMLElement> {
  const list = el('ul', { className: 'attention-list' });
  const refresh = async () => {
    let users: UserAccount[];
    try {
      users = await fetchUsers();
    } catch (failure) {
      list.replaceChildren(
        el('li', { className: 'error' }, `${t('online.needed')} ${errorText(failure)}`),
      );
      return;
    }
    list.replaceChildren(
      ...users.map((user) => userRow(user, user.id === context.user.id, refresh)),
    );
  };
  await refresh();
  return screenCard(
    'users',
    t('users.heading'),
    el('p', { className: 'muted fine' }, t('users.intro')),
    list,
    section(t('users.new'), newUserForm(refresh)),
  );
}
