import { createUser, type UserAccount } from '../../back-office';
import { el } from '../dom';
import { errorText } from '../error-text';
import { t } from '../messages';
import { button } from '../parts';

/** Creates a cashier, manager or admin with a first password they should change. */
export function newUserForm(refresh: () => Promise<void>): HTMLElement {
  const username = el('input', { autocomplete: 'off', autocapitalize: 'none', maxLength: 64 });
  const displayName = el('input', { autocomplete: 'off', maxLength: 120 });
  const password = el('input', { type: 'password', autocomplete: 'new-password', minLength: 8 });
  const role = el(
    'select',
    {},
    ...(['CASHIER', 'MANAGER', 'ADMIN'] as const).map((value) =>
      el('option', { value }, t(`role.${value}`)),
    ),
  );
  const message = el('p', { className: 'notice', role: 'status' });
  const save = button(
    t('users.create'),
    () => {
      if (!/^[A-Za-z0-9._-]{3,64}$/.test(username.value)) {
        message.textContent = t('users.usernameInvalid');
        return;
      }
      if (displayName.value.trim() === '' || password.value.length < 8) {
        message.textContent =
          displayName.value.trim() === '' ? t('products.required') : t('users.passwordShort');
        return;
      }
      save.disabled = true;
      createUser({
        username: username.value,
        displayName: displayName.value.trim(),
        password: password.value,
        role: role.value as UserAccount['role'],
      })
        .then(
          async (user) => {
            username.value = displayName.value = password.value = '';
            message.textContent = t('users.created', { name: user.displayName });
            await refresh();
          },
          (failure: unknown) => (message.textContent = errorText(failure)),
        )
        .finally(() => (save.disabled = false));
    },
    'primary',
  );
  const form = el(
    'div',
    { className: 'part' },
    el('label', { className: 'field' }, t('account.username'), username),
    el('label', { className: 'field' }, t('account.displayName'), displayName),
    el('label', { className: 'field' }, t('users.firstPassword'), password),
    el('label', { className: 'field' }, t('account.role'), role),
    el('div', { className: 'row' }, save),
    message,
  );
  form.dataset['testid'] = 'new-user';
  return form;
}
