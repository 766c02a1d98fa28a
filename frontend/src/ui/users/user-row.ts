import { resetPassword, updateUser, type UserAccount } from '../../back-office';
import { el } from '../dom';
import { errorText } from '../error-text';
import { formMessage } from '../form-message';
import { t } from '../messages';
import { button } from '../parts';

const ROLES: readonly UserAccount['role'][] = ['CASHIER', 'MANAGER', 'ADMIN'];

/** One account with its role, whether it may sign in, and a password reset. */
export function userRow(
  user: UserAccount,
  isMe: boolean,
  refresh: () => Promise<void>,
): HTMLElement {
  const message = formMessage('span');
  const act = (work: () => Promise<unknown>, done: string) =>
    work().then(
      async () => {
        await refresh();
        message.ok(done);
      },
      (failure: unknown) => message.error(errorText(failure)),
    );
  const role = el(
    'select',
    { disabled: isMe },
    ...ROLES.map((value) =>
      el('option', { value, selected: value === user.role }, t(`role.${value}`)),
    ),
  );
  role.setAttribute('aria-label', t('users.role', { name: user.displayName }));
  role.addEventListener(
    'change',
    () => void act(() => updateUser(user.id, { role: role.value as UserAccount['role'] }), ''),
  );
  const toggle = button(
    user.enabled ? t('users.disable') : t('users.enable'),
    () => void act(() => updateUser(user.id, { enabled: !user.enabled }), ''),
    'chip',
  );
  toggle.hidden = isMe;
  const password = el('input', { type: 'password', autocomplete: 'new-password', minLength: 8 });
  password.placeholder = t('users.newPassword');
  password.setAttribute('aria-label', t('users.newPassword'));
  const reset = button(
    t('users.resetPassword'),
    () => {
      if (password.value.length < 8) {
        message.error(t('users.passwordShort'));
        return;
      }
      const chosen = password.value;
      password.value = '';
      void act(() => resetPassword(user.id, chosen), t('users.passwordReset'));
    },
    'chip',
  );
  const item = el(
    'li',
    { className: user.enabled ? 'attention-item user-row' : 'attention-item user-row disabled' },
    el('strong', {}, `${user.displayName} (${user.username})`),
    el(
      'span',
      { className: user.enabled ? 'muted fine' : 'warn fine' },
      user.enabled ? t('users.active') : t('users.disabled'),
    ),
    el('div', { className: 'row' }, role, toggle),
    el('div', { className: 'row' }, password, reset),
    message.element,
  );
  item.dataset['username'] = user.username;
  return item;
}
